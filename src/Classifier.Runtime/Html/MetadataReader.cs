using System.Text.Json;
using AngleSharp.Dom;

namespace Classifier.Runtime.Html;

/// <summary>
/// Reads a page's metadata from what <see cref="BlockWalker"/> collected: JSON-LD first (the most
/// deliberate statement), then Open Graph / article / Dublin Core meta tags, then the document
/// itself (<c>title</c>, <c>html lang</c>, <c>time</c>, author marks).
/// </summary>
internal static class MetadataReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report", "WebPage",
    };

    public static PageMetadata Read(IDocument document, BlockWalker walker, string? url)
    {
        var ld = JsonLdArticle(walker.JsonLd);
        var meta = MetaValues(walker.MetaElements);
        var title = ld.Headline ?? Meta(meta, "og:title", "twitter:title", "dc.title") ?? Clean(document.Title);
        var author = ld.Author ?? Meta(meta, "author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author") ?? walker.AuthorText.NullIfEmpty();
        var published = ld.Published ?? Meta(meta, "article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate", "date", "dc.date", "dc.date.issued", "parsely-pub-date", "sailthru.date") ?? walker.TimeValue;
        var language = Clean(document.DocumentElement?.GetAttribute("lang")) ?? Meta(meta, "content-language", "dc.language", "og:locale") ?? ld.Language;
        var canonical = walker.LinkElements
            .Where(l => (l.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
            .Select(l => Clean(l.GetAttribute("href")))
            .FirstOrDefault(h => h is not null) ?? Meta(meta, "og:url") ?? ld.Url;
        return new PageMetadata(title, author, published, language, Resolve(canonical, url));
    }

    /// <summary>Meta tags by lower-cased <c>name</c>, <c>property</c>, <c>itemprop</c> or <c>http-equiv</c>; the first of each wins.</summary>
    private static Dictionary<string, string> MetaValues(List<IElement> metas)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in metas)
        {
            var content = Clean(meta.GetAttribute("content"));
            if (content is null)
            {
                continue;
            }

            foreach (var key in new[] { meta.GetAttribute("name"), meta.GetAttribute("property"), meta.GetAttribute("itemprop"), meta.GetAttribute("http-equiv") })
            {
                if (!string.IsNullOrWhiteSpace(key))
                {
                    values.TryAdd(key.Trim().ToLowerInvariant(), content);
                }
            }
        }

        return values;
    }

    private static string? Meta(Dictionary<string, string> values, params string[] keys) =>
        keys.Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);

    private static (string? Headline, string? Author, string? Published, string? Language, string? Url) JsonLdArticle(List<string> scripts)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var document = JsonDocument.Parse(script, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (Candidates(document.RootElement).FirstOrDefault(IsArticle) is { ValueKind: JsonValueKind.Object } article)
                {
                    return (
                        Text(article, "headline") ?? Text(article, "name"),
                        Person(article),
                        Text(article, "datePublished") ?? Text(article, "dateCreated"),
                        Text(article, "inLanguage"),
                        Text(article, "url") ?? Text(article, "mainEntityOfPage"));
                }
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD is common; the meta tags still speak.
            }
        }

        return default;
    }

    /// <summary>The objects of a JSON-LD block: itself, the items of a top-level array, and the items of an <c>@graph</c>.</summary>
    private static IEnumerable<JsonElement> Candidates(JsonElement root)
    {
        var tops = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToArray() : [root];
        foreach (var top in tops.Where(t => t.ValueKind == JsonValueKind.Object))
        {
            yield return top;
            if (top.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in graph.EnumerateArray())
                {
                    yield return item;
                }
            }
        }
    }

    private static bool IsArticle(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
            _ => false,
        };
    }

    private static string? Person(JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author))
        {
            return null;
        }

        var people = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToArray() : [author];
        var names = people
            .Select(p => p.ValueKind == JsonValueKind.String ? Clean(p.GetString()) : p.ValueKind == JsonValueKind.Object ? Text(p, "name") : null)
            .OfType<string>()
            .ToArray();
        return names.Length > 0 ? string.Join(", ", names) : null;
    }

    private static string? Text(JsonElement item, string property)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => Clean(value.GetString()),
            JsonValueKind.Object => Text(value, "@id") ?? Text(value, "url"),
            _ => null,
        };
    }

    private static string? Resolve(string? address, string? pageUrl)
    {
        if (address is null)
        {
            return null;
        }

        if (Uri.TryCreate(address, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, address, out var resolved)
            ? resolved.ToString()
            : address;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : BlockWalker.Collapse(value);

    private static string? NullIfEmpty(this string? value) => string.IsNullOrEmpty(value) ? null : value;
}
