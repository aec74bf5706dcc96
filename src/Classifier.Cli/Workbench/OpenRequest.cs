namespace Classifier.Cli.Workbench;

/// <summary>Opens one more article file from the folders given.</summary>
internal sealed record OpenRequest(string Path);
