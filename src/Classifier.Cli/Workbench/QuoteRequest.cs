namespace Classifier.Cli.Workbench;

/// <summary>Sets (or, with a null stance, undoes) the stance of the quote <paramref name="Quote"/> in segment <paramref name="Segment"/>.</summary>
internal sealed record QuoteRequest(string Article, int Segment, string Quote, string? Stance);
