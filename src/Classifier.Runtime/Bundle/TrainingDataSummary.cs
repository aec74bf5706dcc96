namespace Classifier.Runtime.Bundle;

/// <summary>Fingerprint and size of the data a bundle was trained on.</summary>
public sealed record TrainingDataSummary
{
    /// <summary>SHA-256 over every training file's relative path and content, in path order.</summary>
    public string Sha256 { get; init; } = "";

    /// <summary>SHA-256 of each training file, by path relative to the data folder.</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();

    /// <summary>Number of training groups (articles).</summary>
    public int Groups { get; init; }

    /// <summary>Number of training rows (segments).</summary>
    public int Rows { get; init; }

    /// <summary>Number of labelled quotes (stance rows).</summary>
    public int Quotes { get; init; }
}
