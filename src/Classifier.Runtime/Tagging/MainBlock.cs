namespace Classifier.Runtime.Tagging;

/// <summary>
/// Finds an article's main block: an article body is one contiguous run of segments. Each segment
/// scores its word count, positive when its label is kept as body text, lightly negative for
/// headings and strongly negative for dropped labels; the block is the run with the highest sum
/// (Kadane). Long prose outside that run (other stories' teasers, comment threads, site notices)
/// and the page title above it are then left out of the cleaned text.
/// </summary>
public static class MainBlock
{
    /// <summary>The first and last index of the main block; (0, -1) when no run scores above zero.</summary>
    public static (int First, int Last) Find(IReadOnlyList<TaggedSegment> segments, IReadOnlySet<string> dropped, TaggerOptions options)
    {
        var best = double.NegativeInfinity;
        var bestRange = (First: 0, Last: segments.Count - 1);
        var sum = 0.0;
        var start = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            if (sum <= 0)
            {
                sum = 0;
                start = i;
            }

            sum += Score(segments[i], dropped, options);
            if (sum > best)
            {
                best = sum;
                bestRange = (start, i);
            }
        }

        // No run with more body text than junk: a listing page, no article in it.
        return best > 0 ? bestRange : (0, -1);
    }

    private static double Score(TaggedSegment segment, IReadOnlySet<string> dropped, TaggerOptions options)
    {
        var words = Features.ShapeFeatures.CountWords(segment.Text);
        if (dropped.Contains(segment.Label))
        {
            return -options.BlockDropWeight * words;
        }

        return segment.Label == options.HeadingLabel ? -options.BlockHeadingWeight * words : words;
    }
}
