using System.Text.Json;

namespace Classifier.Train.Evaluation;

/// <summary>
/// The development pages (<c>shared/pages-dev</c>): for each id in <c>gold.json</c> the page's whole
/// text (<c>ID.txt</c>), its URL and the gold article body. For measurement only.
/// </summary>
internal sealed class DevPageSet
{
    /// <summary>The gold file's name inside the folder.</summary>
    public const string GoldFileName = "gold.json";

    private DevPageSet(string directory, IReadOnlyList<DevPage> pages)
    {
        Directory = directory;
        Pages = pages;
    }

    /// <summary>The folder the pages were read from.</summary>
    public string Directory { get; }

    /// <summary>The pages, in ordinal id order.</summary>
    public IReadOnlyList<DevPage> Pages { get; }

    /// <summary>Reads every page named in <c>gold.json</c> under <paramref name="directory"/>.</summary>
    /// <exception cref="FileNotFoundException">The gold file, or the text of a page it names, is missing.</exception>
    /// <exception cref="InvalidDataException">The gold file is not an object of <c>{"url", "articleBody"}</c> objects.</exception>
    public static DevPageSet Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var goldPath = Path.Combine(directory, GoldFileName);
        if (!File.Exists(goldPath))
        {
            throw new FileNotFoundException($"No {GoldFileName} in '{directory}'.", goldPath);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(goldPath));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{goldPath}: expected an object keyed by page id.");
        }

        var pages = new List<DevPage>();
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            var id = entry.Name;
            var url = ReadString(entry.Value, "url", goldPath, id);
            var body = ReadString(entry.Value, "articleBody", goldPath, id);
            var textPath = Path.Combine(directory, id + ".txt");
            if (!File.Exists(textPath))
            {
                throw new FileNotFoundException($"{goldPath} names page '{id}' but '{textPath}' is missing.", textPath);
            }

            pages.Add(new DevPage(id, url, File.ReadAllText(textPath), body) { HtmlFile = HtmlFile(directory, id) });
        }

        pages.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new DevPageSet(directory, pages);
    }

    private static readonly string[] HtmlExtensions = [".html.gz", ".html"];

    /// <summary>The page's HTML beside its text (<c>ID.html.gz</c> or <c>ID.html</c>), or null.</summary>
    private static string? HtmlFile(string directory, string id) =>
        HtmlExtensions.Select(ext => Path.Combine(directory, id + ext)).FirstOrDefault(File.Exists);

    private static string ReadString(JsonElement page, string property, string goldPath, string id)
    {
        if (page.ValueKind != JsonValueKind.Object
            || !page.TryGetProperty(property, out var value)
            || value.ValueKind != JsonValueKind.String)
        {
            throw new InvalidDataException($"{goldPath}: page '{id}' has no string \"{property}\".");
        }

        return value.GetString()!;
    }
}

/// <summary>One development page.</summary>
/// <param name="Id">The page id (a hex digest).</param>
/// <param name="Url">The page's address.</param>
/// <param name="Text">The page's whole visible text, one block a line.</param>
/// <param name="GoldBody">The article body as a person marked it.</param>
internal sealed record DevPage(string Id, string Url, string Text, string GoldBody)
{
    /// <summary>The page's HTML file (gzip or plain), or null when the folder has none.</summary>
    public string? HtmlFile { get; init; }

    /// <summary>The host of <see cref="Url"/>, or the URL itself when it does not parse.</summary>
    public string Host => Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.Host : Url;
}
