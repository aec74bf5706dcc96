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
