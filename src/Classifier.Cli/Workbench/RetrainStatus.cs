namespace Classifier.Cli.Workbench;

/// <summary>What the page shows of a retraining: its state, time so far, macro-F1 before and after, the error, the training log's last lines, the changed labels.</summary>
internal sealed record RetrainStatus(
    string State, double? Seconds, double? MacroF1Before, double? MacroF1After, string? Error,
    IReadOnlyList<string> Log, IReadOnlyList<LabelChange> Changed, string? Models);
