namespace Classifier.Runtime.Models;

/// <summary>ML.NET input row of a custom text model: normalised text (featurized by ML.NET) and dense features.</summary>
internal sealed class TextRow
{
    public string Text { get; set; } = "";

    public float[] Dense { get; set; } = [];

    public string Label { get; set; } = "";

    public float Weight { get; set; } = 1f;
}
