namespace Classifier.Runtime.Models;

/// <summary>ML.NET output row: one probability per label, in the model's label order.</summary>
internal sealed class ScoreRow
{
    public float[] Score { get; set; } = [];
}
