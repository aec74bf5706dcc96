using System.Globalization;

namespace Classifier.Cli.Output;

/// <summary>The names and formatting of the columns that <c>classify predict</c> adds to each row.</summary>
internal static class PredictionColumns
{
    public const string Label = "predicted_label";
    public const string Confidence = "confidence";
    public const string Error = "error";
    public const string ScorePrefix = "score_";

    /// <summary>The label written when the confidence is below <c>--threshold</c>.</summary>
    public const string Uncertain = "uncertain";

    public static string Number(float value) => JsonOutput.Round(value).ToString(CultureInfo.InvariantCulture);
}
