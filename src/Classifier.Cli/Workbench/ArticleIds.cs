using System.Security.Cryptography;
using System.Text;

namespace Classifier.Cli.Workbench;

/// <summary>
/// Corpus ids for the articles the workbench opens: <c>wb-NAME-HASH</c>, from the file name and the
/// SHA-256 of the text, so that the same article gets the same id (and its saved rows back) on the next
/// run, while an id already in the corpus for other text gets a numbered suffix instead: a new article
/// never takes over an existing one's rows. Ids are file names too, so only <c>[a-z0-9-]</c> is used.
/// </summary>
internal static class ArticleIds
{
    private const int MaxNameLength = 40;

    /// <summary>The id of <paramref name="text"/> (from file <paramref name="fileName"/>), given the ids already in the corpus and this session.</summary>
    /// <param name="fileName">The article's file name, the readable part of the id.</param>
    /// <param name="text">The article's text, hashed into the id.</param>
    /// <param name="taken">Ids the corpus and this session use already.</param>
    /// <param name="isSameArticle">Whether a taken id holds this very article (its earlier saves).</param>
    public static string For(string fileName, string text, IReadOnlySet<string> taken, Func<string, bool> isSameArticle)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
        var name = Slug(Path.GetFileNameWithoutExtension(fileName));
        var id = $"wb-{name}-{hash}";
        for (var n = 2; taken.Contains(id) && !isSameArticle(id); n++)
        {
            id = $"wb-{name}-{hash}-{n}";
        }

        return id;
    }

    /// <summary><paramref name="id"/> when it is safe as a file name; throws otherwise (ids come from requests).</summary>
    public static string RequireSafe(string id) =>
        IsSafe(id) ? id : throw new ArgumentException($"'{id}' is not an article id", nameof(id));

    public static bool IsSafe(string id) =>
        id.Length is > 0 and <= 100 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "article" : text[..Math.Min(MaxNameLength, text.Length)].TrimEnd('-');
    }
}
