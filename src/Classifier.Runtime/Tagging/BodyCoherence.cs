namespace Classifier.Runtime.Tagging;

/// <summary>
/// Takes back long segments the labels dropped but that are about what the decoded body is about:
/// a paragraph's coherence is the share of its content words (at least
/// <see cref="ContentWordLength"/> letters) that the body uses too. Walking out from the body in
/// both directions, and through its interruptions, a segment of at least
/// <see cref="BodyDecoderOptions.CoherenceMinWords"/> words with a coherence of
/// <see cref="BodyDecoderOptions.CoherenceShare"/> or more joins the body; the first long one below it
/// ends the walk (a teaser for another story, a site notice), and shorter ones are passed over.
/// </summary>
internal static class BodyCoherence
{
    /// <summary>Shorter words (articles, pronouns, most function words in most languages) say little about the topic.</summary>
    private const int ContentWordLength = 4;

    public static int[] Extend(IReadOnlyList<TaggedSegment> segments, IReadOnlyList<SegmentEvidence> evidence, int[] kept, BodyDecoderOptions options)
    {
        if (kept.Length == 0 || options.CoherenceShare <= 0)
        {
            return kept;
        }

        var vocabulary = new HashSet<string>(kept.SelectMany(i => ContentWords(segments[i].Text)), StringComparer.Ordinal);
        var result = new SortedSet<int>(kept);
        bool Coherent(int i)
        {
            var words = ContentWords(segments[i].Text);
            return words.Count > 0 && (double)words.Count(vocabulary.Contains) / words.Count >= options.CoherenceShare;
        }

        // Through the interruptions: every long segment between the first and last body segment.
        for (var i = kept[0] + 1; i < kept[^1]; i++)
        {
            if (!result.Contains(i) && evidence[i].Words >= options.CoherenceMinWords && Coherent(i))
            {
                result.Add(i);
            }
        }

        foreach (var step in (int[])[-1, 1])
        {
            for (var i = step < 0 ? kept[0] - 1 : kept[^1] + 1; i >= 0 && i < segments.Count; i += step)
            {
                if (evidence[i].Words < options.CoherenceMinWords)
                {
                    continue;
                }

                if (!Coherent(i))
                {
                    break;
                }

                result.Add(i);
            }
        }

        return [.. result];
    }

    private static List<string> ContentWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(Punctuation).ToLowerInvariant())
            .Where(w => w.Length >= ContentWordLength)
            .ToList();

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']', '«', '»', '—', '–', '-'];
}
