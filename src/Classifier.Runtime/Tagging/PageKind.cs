namespace Classifier.Runtime.Tagging;

/// <summary>What a page is, as <see cref="ArticleTagger.Tag"/> judges it.</summary>
public enum PageKind
{
    /// <summary>The page holds an article body; cleaning it never gives an empty text.</summary>
    Article,

    /// <summary>No article body, mostly links to other pages (a section front, a search result, a tag page).</summary>
    Listing,

    /// <summary>No article body and not a listing (an error page, a form, a bot check).</summary>
    NoArticle,
}
