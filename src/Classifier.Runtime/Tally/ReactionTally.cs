using Classifier.Runtime.Quotes;
using Classifier.Runtime.Tagging;

namespace Classifier.Runtime.Tally;

/// <summary>
/// Tallies who reacted how: per article and in total, speakers by stance and channel, each speaker
/// counted once per article; quotes with no speaker are kept apart.
/// </summary>
public sealed class ReactionTally
{
    private const int QuoteStartChars = 60;
    private readonly List<ArticleTally> _articles = [];

    /// <summary>Tallies so far, in the order added.</summary>
    public IReadOnlyList<ArticleTally> Articles => _articles;

    /// <summary>Adds one tagged article and returns its tally.</summary>
    public ArticleTally Add(string id, TaggedArticle article)
    {
        var attributed = article.Quotes.Where(q => q.SpeakerKey is not null)
            .GroupBy(q => q.SpeakerKey!, StringComparer.Ordinal)
            .Select(g => Speaker(g.ToArray()))
            .ToArray();
        var unattributed = article.Quotes.Where(q => q.SpeakerKey is null).Select(q => Speaker([q])).ToArray();
        var tally = new ArticleTally(id, Count(attributed, s => s.Stance ?? "unknown"), Count(attributed, s => s.Channel), attributed, unattributed);
        _articles.Add(tally);
        return tally;
    }

    /// <summary>The sum over every article added.</summary>
    public ArticleTally Total()
    {
        var speakers = _articles.SelectMany(a => a.Speakers).ToArray();
        return new ArticleTally("total", Count(speakers, s => s.Stance ?? "unknown"), Count(speakers, s => s.Channel), speakers, _articles.SelectMany(a => a.Unattributed).ToArray());
    }

    private static SpeakerReaction Speaker(Reaction[] quotes)
    {
        var stance = quotes.Where(q => q.Stance is not null).GroupBy(q => q.Stance!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var first = quotes[0];
        var start = first.Text.Length > QuoteStartChars ? first.Text[..QuoteStartChars] + "…" : first.Text;
        var channel = first.Channel == QuoteChannel.Social ? "social" : "spoken";
        return new SpeakerReaction(first.Speaker, first.SpeakerKey, channel, stance, start, quotes.Length);
    }

    private static SortedDictionary<string, int> Count(IEnumerable<SpeakerReaction> speakers, Func<SpeakerReaction, string> key) =>
        new SortedDictionary<string, int>(speakers.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}

/// <summary>One speaker's reaction in one article: counted once however many times they are quoted.</summary>
/// <param name="Speaker">The speaker as first written in the article, or null for an unattributed quote.</param>
/// <param name="SpeakerKey">The normalised speaker, or null for an unattributed quote.</param>
/// <param name="Channel"><c>social</c> or <c>spoken</c>.</param>
/// <param name="Stance">The speaker's stance: the most frequent among their quotes (the first on a tie).</param>
/// <param name="QuoteStart">The first words of their first quote.</param>
/// <param name="Quotes">How many of their quotes the article holds.</param>
public sealed record SpeakerReaction(string? Speaker, string? SpeakerKey, string Channel, string? Stance, string QuoteStart, int Quotes);

/// <summary>Reactions of one article (or of all articles, for the total).</summary>
/// <param name="Id">The article's id, or <c>total</c>.</param>
/// <param name="ByStance">Attributed speakers per stance (each speaker once per article).</param>
/// <param name="ByChannel">Attributed speakers per channel.</param>
/// <param name="Speakers">Attributed speakers with their stance.</param>
/// <param name="Unattributed">Quotes whose speaker was not found: shown, but counted apart.</param>
public sealed record ArticleTally(
    string Id, IReadOnlyDictionary<string, int> ByStance, IReadOnlyDictionary<string, int> ByChannel,
    IReadOnlyList<SpeakerReaction> Speakers, IReadOnlyList<SpeakerReaction> Unattributed);
