namespace Classifier.Cli.Workbench;

/// <summary>Names an article: accept it as predicted.</summary>
internal sealed record ArticleRequest(string Article);
