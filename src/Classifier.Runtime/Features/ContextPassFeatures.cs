namespace Classifier.Runtime.Features;

/// <summary>
/// Input of the second (context) pass: a segment's dense features plus the first pass's label
/// probabilities for its neighbours and for windows around it. Menus and headline lists are runs;
/// an article body is one contiguous run, so neighbours' verdicts say much about a segment.
/// </summary>
public static class ContextPassFeatures
{
    /// <summary>Length of a context-pass row: the dense features, then per label the probabilities of the segment and its neighbours within <see cref="FeaturizerOptions.ProbabilitySpan"/> and two window means.</summary>
    public static int Count(FeaturizerOptions options, int denseCount, int labelCount) =>
        denseCount + (((2 * options.ProbabilitySpan) + 1 + 2) * labelCount);

    /// <summary>The context-pass row of every segment of one article, from its features and its first-pass <paramref name="probabilities"/> (one row per segment).</summary>
    public static float[][] Build(FeaturizerOptions options, IReadOnlyList<SegmentFeatures> segments, float[][] probabilities)
    {
        var n = segments.Count;
        var rows = new float[n][];
        if (n == 0)
        {
            return rows;
        }

        var labels = probabilities[0].Length;
        var dense = segments[0].Dense.Length;
        for (var i = 0; i < n; i++)
        {
            var row = new float[Count(options, dense, labels)];
            segments[i].Dense.CopyTo(row, 0);
            var k = dense;
            for (var offset = -options.ProbabilitySpan; offset <= options.ProbabilitySpan; offset++)
            {
                var j = i + offset;
                if (j >= 0 && j < n)
                {
                    probabilities[j].CopyTo(row, k);
                }

                k += labels;
            }

            AddWindowMean(probabilities, i, options.NearWindow, row, k);
            AddWindowMean(probabilities, i, options.WideWindow, row, k + labels);
            rows[i] = row;
        }

        return rows;
    }

    private static void AddWindowMean(float[][] probabilities, int i, int window, float[] row, int at)
    {
        var from = Math.Max(0, i - window);
        var to = Math.Min(probabilities.Length - 1, i + window);
        var count = to - from + 1;
        for (var j = from; j <= to; j++)
        {
            for (var l = 0; l < probabilities[j].Length; l++)
            {
                row[at + l] += probabilities[j][l] / count;
            }
        }
    }
}
