namespace Classifier.Cli.Workbench;

/// <summary>Puts an article's decisions back as they were (the undo of accepting it whole).</summary>
internal sealed record RestoreRequest(string Article, Dictionary<int, string> Segments, List<QuoteLabel> Quotes);
