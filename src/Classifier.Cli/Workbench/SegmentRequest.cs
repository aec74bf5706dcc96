namespace Classifier.Cli.Workbench;

/// <summary>Sets (or, with a null label, undoes) a person's label of one segment.</summary>
internal sealed record SegmentRequest(string Article, int Index, string? Label);
