using System.Globalization;
using Classifier.Runtime.TextClassifiers;

namespace Classifier.Train.TextClassifiers;

/// <summary>
/// Fits the calibration temperature of a custom model (<see cref="TemperatureScaling"/>) on held-out
/// scores: the out-of-fold label probabilities of the settled trainer and L2 from the inner CV of
/// <see cref="TextClassifierTuner"/>, so not on the rows the scoring model was trained on (a weakly
/// regularised one-versus-all SVM is Platt-calibrated on its own training rows, which it nearly
/// separates, and scores ~0.99 for almost everything). The temperature minimises the log-loss of the
/// true labels; it never changes which label is most likely.
/// </summary>
/// <remarks>
/// The temperature is at least 1: calibration only softens. The out-of-fold models are trained on
/// (k - 1) / k of the rows and so are weaker than the final model, and on a (nearly) separable
/// training set the log-loss keeps falling as T goes to 0; sharpening on that basis would make the
/// final model's probabilities 1.0 for everything, the very overconfidence this removes.
/// </remarks>
internal static class TextClassifierCalibrator
{
    /// <summary>The searched range of 1 / T, so T is from 1 to 1000 (the log-loss is convex in 1 / T, so a golden-section search finds its minimum).</summary>
    private const double MinInverse = 1e-3, MaxInverse = 1;

    public static TextClassifierCalibration? Fit(TextClassifierOutOfFold? outOfFold, IReadOnlyList<string> labels)
    {
        if (outOfFold is null || outOfFold.Scores.Count == 0)
        {
            return null;
        }

        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var truth = outOfFold.Truth.Select(t => index[t]).ToArray();
        var scores = outOfFold.Scores.Select(s => (IReadOnlyList<float>)s).ToArray();
        double Loss(double logInverse) => TemperatureScaling.LogLoss(scores, truth, Math.Exp(-logInverse));

        var (lo, hi) = (Math.Log(MinInverse), Math.Log(MaxInverse));
        var ratio = (Math.Sqrt(5) - 1) / 2;
        var (a, b) = (hi - (ratio * (hi - lo)), lo + (ratio * (hi - lo)));
        var (fa, fb) = (Loss(a), Loss(b));
        for (var k = 0; k < 60; k++)
        {
            if (fa <= fb)
            {
                (hi, b, fb) = (b, a, fa);
                a = hi - (ratio * (hi - lo));
                fa = Loss(a);
            }
            else
            {
                (lo, a, fa) = (a, b, fb);
                b = lo + (ratio * (hi - lo));
                fb = Loss(b);
            }
        }

        var temperature = Math.Exp(-(lo + hi) / 2);
        return new TextClassifierCalibration(temperature, outOfFold.Method, scores.Length, TemperatureScaling.LogLoss(scores, truth, 1), TemperatureScaling.LogLoss(scores, truth, temperature));
    }
}

/// <summary>Out-of-fold label probabilities (label order) of the settled model, the true labels, and the CV that produced them.</summary>
internal sealed record TextClassifierOutOfFold(IReadOnlyList<float[]> Scores, IReadOnlyList<string> Truth, string Method);

/// <summary>A fitted temperature, where it was fitted, and the out-of-fold log-loss before and after.</summary>
internal sealed record TextClassifierCalibration(double Temperature, string Method, int Rows, double LogLossBefore, double LogLossAfter)
{
    /// <summary>The temperature as stored in the bundle (4 significant digits).</summary>
    public double Stored => double.Parse(Temperature.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"temperature {Stored:G4} fitted by log-loss on the out-of-fold scores of {Method} ({Rows} rows; log-loss {LogLossBefore:F4} -> {LogLossAfter:F4})");
}
