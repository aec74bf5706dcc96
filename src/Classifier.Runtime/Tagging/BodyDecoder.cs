namespace Classifier.Runtime.Tagging;

/// <summary>
/// Decodes which segments form the article body: a Viterbi pass over four states — before the
/// body, body, an interruption inside the body, after the body — so that a body resumes after an ad,
/// a product box, a caption or a "don't miss" link instead of ending there. A body segment scores its
/// words times (body probability − <see cref="BodyDecoderOptions.DropWeight"/> × dropped probability −
/// <see cref="BodyDecoderOptions.HeadingWeight"/> × heading probability); text before and after the
/// body costs nothing; an interruption costs <see cref="BodyDecoderOptions.GapCost"/> to enter and
/// <see cref="BodyDecoderOptions.GapWordCost"/> per word, so only a short one is bridged. The decoded
/// path has the highest total score; a path that never enters the body is an empty body.
/// </summary>
internal static class BodyDecoder
{
    private const int Before = 0;
    private const int Body = 1;
    private const int Gap = 2;
    private const int After = 3;
    private const int States = 4;

    /// <summary>Whether each segment lies in the decoded body (its label may still be one that is dropped).</summary>
    public static bool[] Decode(IReadOnlyList<SegmentEvidence> evidence, BodyDecoderOptions options)
    {
        var n = evidence.Count;
        var inBody = new bool[n];
        if (n == 0)
        {
            return inBody;
        }

        var back = new byte[n, States];
        var score = new[] { 0, Emission(evidence[0], options), double.NegativeInfinity, double.NegativeInfinity };
        var next = new double[States];
        for (var i = 1; i < n; i++)
        {
            var emission = Emission(evidence[i], options);
            next[Before] = score[Before];
            back[i, Before] = Before;

            // Ties keep the body going rather than restarting it.
            var (from, best) = Max((Body, score[Body]), (Gap, score[Gap]), (Before, score[Before]));
            next[Body] = best + emission;
            back[i, Body] = (byte)from;

            (from, best) = Max((Gap, score[Gap]), (Body, score[Body] - options.GapCost));
            next[Gap] = best - (options.GapWordCost * evidence[i].Words);
            back[i, Gap] = (byte)from;

            (from, best) = Max((After, score[After]), (Body, score[Body]));
            next[After] = best;
            back[i, After] = (byte)from;
            (score, next) = (next, score);
        }

        // A body cannot end inside an interruption: its last segment is body text.
        var (state, _) = Max((Body, score[Body]), (After, score[After]), (Before, score[Before]));
        for (var i = n - 1; i >= 0; i--)
        {
            inBody[i] = state == Body;
            state = back[i, state];
        }

        return inBody;
    }

    /// <summary>A segment's score inside the body; positive when it reads more as body text than as junk.</summary>
    public static double Emission(SegmentEvidence e, BodyDecoderOptions options) =>
        e.Words * (e.Body - (options.DropWeight * e.Dropped) - (options.HeadingWeight * e.Heading));

    /// <summary>The best of the candidates; on a tie, the first.</summary>
    private static (int State, double Score) Max(params ReadOnlySpan<(int State, double Score)> candidates)
    {
        var best = candidates[0];
        foreach (var c in candidates[1..])
        {
            if (c.Score > best.Score)
            {
                best = c;
            }
        }

        return best;
    }
}
