namespace Classifier.Cli.Input;

/// <summary>The file names read as HTML pages whatever <c>--input</c> says: <c>*.html</c>, <c>*.htm</c>, <c>*.html.gz</c>.</summary>
internal static class HtmlFiles
{
    public static readonly string[] Patterns = ["*.html", "*.htm", "*.html.gz"];

    public static bool Matches(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase);
}
