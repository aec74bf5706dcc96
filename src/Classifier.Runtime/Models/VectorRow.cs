namespace Classifier.Runtime.Models;

/// <summary>ML.NET input row of the context pass: one dense feature vector.</summary>
internal sealed class VectorRow
{
    public float[] Features { get; set; } = [];

    public string Label { get; set; } = "";

    public float Weight { get; set; } = 1f;
}
