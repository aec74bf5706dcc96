namespace Classifier.Cli.Workbench;

/// <summary>Sets (or, with a null label, undoes) a person's label of one segment.</summary>
internal sealed record SegmentRequest(string Article, int Index, string? Label);

/// <summary>Sets (or, with a null stance, undoes) the stance of the quote <paramref name="Quote"/> in segment <paramref name="Segment"/>.</summary>
internal sealed record QuoteRequest(string Article, int Segment, string Quote, string? Stance);

/// <summary>Names an article: accept it as predicted.</summary>
internal sealed record ArticleRequest(string Article);

/// <summary>Puts an article's decisions back as they were (the undo of accepting it whole).</summary>
internal sealed record RestoreRequest(string Article, Dictionary<int, string> Segments, List<QuoteLabel> Quotes);

/// <summary>Opens one more article file from the folders given.</summary>
internal sealed record OpenRequest(string Path);
