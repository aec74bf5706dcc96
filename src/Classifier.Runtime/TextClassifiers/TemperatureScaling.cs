namespace Classifier.Runtime.TextClassifiers;

/// <summary>
/// Temperature scaling of a custom model's label probabilities: <c>softmax(log p / T)</c>, i.e. every
/// probability raised to the power <c>1 / T</c> and renormalised. For a maximum-entropy model this is
/// exactly <c>softmax(logits / T)</c>; for any model it keeps the order of the labels, so the most
/// likely label does not change. <c>T &gt; 1</c> softens overconfident probabilities. Training fits
/// <c>T</c> on out-of-fold scores (<c>Classifier.Train custom</c>) and the runtime applies it with
/// this same code.
/// </summary>
public static class TemperatureScaling
{
    /// <summary>Probabilities below this (0 for a label a model never saw) are raised to it before the logarithm.</summary>
    public const double Floor = 1e-15;

    /// <summary>The calibrated probabilities of one row, in the same (label) order.</summary>
    public static float[] Apply(IReadOnlyList<float> probabilities, double temperature)
    {
        var logits = new double[probabilities.Count];
        var max = double.NegativeInfinity;
        for (var i = 0; i < logits.Length; i++)
        {
            logits[i] = Math.Log(Math.Max(probabilities[i], Floor)) / temperature;
            max = Math.Max(max, logits[i]);
        }

        var sum = 0.0;
        for (var i = 0; i < logits.Length; i++)
        {
            logits[i] = Math.Exp(logits[i] - max);
            sum += logits[i];
        }

        var result = new float[logits.Length];
        for (var i = 0; i < logits.Length; i++)
        {
            result[i] = (float)(logits[i] / sum);
        }

        return result;
    }

    /// <summary>Mean negative log-likelihood of the true labels (<paramref name="truth"/>: label indexes) after scaling by <paramref name="temperature"/>.</summary>
    public static double LogLoss(IReadOnlyList<IReadOnlyList<float>> probabilities, IReadOnlyList<int> truth, double temperature)
    {
        var total = 0.0;
        for (var r = 0; r < probabilities.Count; r++)
        {
            total -= Math.Log(Math.Max(Apply(probabilities[r], temperature)[truth[r]], Floor));
        }

        return probabilities.Count == 0 ? 0 : total / probabilities.Count;
    }
}
