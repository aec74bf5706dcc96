namespace Classifier.Runtime.Tagging;

/// <summary>The page verdict of a tagged article.</summary>
/// <param name="Kind">Article, listing or no article.</param>
/// <param name="Confidence">
/// How sure the verdict is, 0–1: for an article, the word-weighted mean body probability of the kept
/// segments; for a listing, the share of the page's words in link segments; for no article, one minus
/// the page's word-weighted mean body probability.
/// </param>
public sealed record PageVerdict(PageKind Kind, float Confidence)
{
    /// <summary>The kind as written in JSON output: <c>article</c>, <c>listing</c> or <c>no-article</c>.</summary>
    public string Name => Kind switch
    {
        PageKind.Article => "article",
        PageKind.Listing => "listing",
        _ => "no-article",
    };
}
