namespace Classifier.Runtime.Models;

/// <summary>ML.NET input row of the first pass: segment text and dense features.</summary>
internal sealed class TextRow
{
    public string Text { get; set; } = "";

    public float[] Dense { get; set; } = [];

    public string Label { get; set; } = "";

    public float Weight { get; set; } = 1f;
}
