using System.Net;

namespace Classifier.Cli.Workbench;

/// <summary>
/// The workbench page: <c>Page/index.html</c> with its stylesheet and script inlined (all three are
/// embedded in classify.dll, so nothing is fetched from anywhere) and the run's token in a meta tag
/// for the script's API calls.
/// </summary>
internal static class PageAssets
{
    private static readonly Lazy<string> Template = new(() => Read("index.html")
        .Replace("/*STYLE*/", Read("workbench.css"), StringComparison.Ordinal)
        .Replace("/*SCRIPT*/", Read("workbench.js"), StringComparison.Ordinal));

    public static string Page(WorkbenchToken token) =>
        Template.Value.Replace("{{TOKEN}}", WebUtility.HtmlEncode(token.Value), StringComparison.Ordinal);

    private static string Read(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream($"Workbench.Page.{name}")
            ?? throw new InvalidOperationException($"the workbench page resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
