namespace Classifier.Cli.Output;

/// <summary>The JSON output of an input that failed: <c>{"id","error"}</c>.</summary>
internal sealed record ErrorJson(string Id, string Error);
