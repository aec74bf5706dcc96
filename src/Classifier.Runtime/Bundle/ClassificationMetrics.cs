namespace Classifier.Runtime.Bundle;

/// <summary>Precision, recall and F1 per label, macro-F1, accuracy and the confusion matrix of one evaluation.</summary>
public sealed record ClassificationMetrics
{
    /// <summary>How the figures were obtained (e.g. "5-fold CV grouped by article").</summary>
    public string Method { get; init; } = "";

    /// <summary>Labels in the order of <see cref="Confusion"/> rows and columns.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Per-label figures, in <see cref="Labels"/> order.</summary>
    public IReadOnlyList<LabelMetrics> PerLabel { get; init; } = [];

    /// <summary>Unweighted mean of the per-label F1 over labels that occur.</summary>
    public double MacroF1 { get; init; }

    /// <summary>Share of rows whose predicted label is the true label.</summary>
    public double Accuracy { get; init; }

    /// <summary>Counts: row = true label, column = predicted label.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Confusion { get; init; } = [];
}

/// <summary>Precision, recall, F1 and support of one label.</summary>
public sealed record LabelMetrics(string Label, double Precision, double Recall, double F1, int Support);
