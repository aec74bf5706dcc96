using Classifier.Runtime.Stance;
using Classifier.Runtime.Tagging;

namespace Classifier.Runtime.Quotes;

/// <summary>
/// Finds the quoted reactions of a tagged article: runs the quote finder over report and
/// social-quote segments, maps offsets to the article, counts a speaker once per article, and
/// classifies each quote's stance.
/// </summary>
internal sealed class ReactionFinder(QuoteFinder finder, StanceScorer? stance)
{
    private static readonly HashSet<string> QuoteBearing = new(StringComparer.Ordinal) { "news-report", "social-quote" };
    private static readonly IReadOnlyDictionary<string, float> NoScores = new Dictionary<string, float>();

    public IReadOnlyList<Reaction> Find(IReadOnlyList<TaggedSegment> segments)
    {
        var found = new List<(TaggedSegment Segment, FoundQuote Quote)>();
        for (var i = 0; i < segments.Count; i++)
        {
            if (!QuoteBearing.Contains(segments[i].Label))
            {
                continue;
            }

            var previous = i > 0 ? segments[i - 1].Text : null;
            var next = i + 1 < segments.Count ? segments[i + 1].Text : null;
            found.AddRange(finder.Find(segments[i].Text, previous, next).Select(q => (segments[i], q)));
        }

        var speakers = SpeakerNormalizer.UnifySurnames(found.Select(f => f.Quote.SpeakerKey));
        var scores = stance?.Score(found.Select(f => (f.Quote.Text, StanceFeaturizer.ContextOf(f.Segment.Text, f.Quote.Start, f.Quote.Length), f.Quote.Channel == QuoteChannel.Social)).ToArray());
        return found.Select((f, i) => ToReaction(f.Segment, f.Quote, speakers, scores?[i])).ToArray();
    }

    private Reaction ToReaction(TaggedSegment segment, FoundQuote quote, IReadOnlyDictionary<string, string> speakers, float[]? scores)
    {
        var key = quote.SpeakerKey is null ? null : speakers.GetValueOrDefault(quote.SpeakerKey, quote.SpeakerKey);
        string? label = null;
        var confidence = 0f;
        var named = NoScores;
        if (scores is not null && stance is not null)
        {
            var best = Array.IndexOf(scores, scores.Max());
            label = stance.Labels[best];
            confidence = scores[best];
            named = stance.Labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => scores[p.i], StringComparer.Ordinal);
        }

        return new Reaction(segment.Index, segment.Start + quote.Start, quote.Length, quote.Text, quote.Speaker, key, quote.Channel, label, confidence, named);
    }
}
