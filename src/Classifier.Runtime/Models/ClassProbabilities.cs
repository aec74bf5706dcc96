namespace Classifier.Runtime.Models;

/// <summary>How a model turns its per-class scores into label probabilities.</summary>
public enum ScoreOutput : byte
{
    /// <summary>A softmax over the class scores (a maximum-entropy model).</summary>
    Softmax = 0,

    /// <summary>
    /// One-vs-rest: each class's score through its own Platt sigmoid <c>1 / (1 + exp(slope * score + offset))</c>,
    /// then the probabilities normalised to sum to one (ML.NET's one-versus-all "probability normalization").
    /// </summary>
    PlattNormalised = 1,
}

/// <summary>The two output formulas of <see cref="ScoreOutput"/>, in the arithmetic ML.NET uses, so exported models score as their ML.NET originals.</summary>
internal static class ClassProbabilities
{
    /// <summary>Softmax of <paramref name="scores"/> into <paramref name="into"/>, in float after subtracting the largest score.</summary>
    public static void Softmax(ReadOnlySpan<float> scores, Span<float> into)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        var total = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            into[c] = MathF.Exp(scores[c] - max);
            total += into[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            into[c] /= total;
        }
    }

    /// <summary>Each class's Platt-calibrated probability (a negative one counts as 0), normalised to sum to one; all zero stays all zero.</summary>
    public static void PlattNormalised(ReadOnlySpan<float> scores, ReadOnlySpan<PlattSigmoid> sigmoids, Span<float> into)
    {
        double sum = 0;
        for (var c = 0; c < scores.Length; c++)
        {
            var p = (float)(1 / (1 + Math.Exp((sigmoids[c].Slope * scores[c]) + sigmoids[c].Offset)));
            if (p >= 0)
            {
                sum += p;
            }
            else
            {
                p = 0;
            }

            into[c] = p;
        }

        if (sum > 0)
        {
            for (var c = 0; c < scores.Length; c++)
            {
                into[c] = (float)(into[c] / sum);
            }
        }
    }
}

/// <summary>A Platt sigmoid: probability <c>1 / (1 + exp(Slope * score + Offset))</c>.</summary>
public readonly record struct PlattSigmoid(double Slope, double Offset);
