using Classifier.Runtime.Html;
using Classifier.Runtime.Quotes;

namespace Classifier.Runtime.Tagging;

/// <summary>An article split into labelled segments, with the quoted reactions found in it.</summary>
/// <param name="Segments">The segments in text order.</param>
/// <param name="Quotes">Quoted reactions in text order, with speaker, channel and stance.</param>
/// <param name="Page">Whether the page is an article, a listing or neither, and how sure that is.</param>
/// <param name="Kept">Indices of the segments that cleaning keeps (the decoded body without dropped labels, and the segments a keep rule matches), in order.</param>
public sealed record TaggedArticle(IReadOnlyList<TaggedSegment> Segments, IReadOnlyList<Reaction> Quotes, PageVerdict Page, IReadOnlyList<int> Kept)
{
    /// <summary>The HTML page the segments came from (their structure and the page's metadata); null for text input.</summary>
    public HtmlPage? Html { get; init; }

    /// <summary>
    /// What the article says about itself: an HTML page's metadata (meta tags, JSON-LD, <c>time</c>),
    /// or for text input the title, byline and date line read from the lines around the top of the
    /// body (no language or canonical address); a field it does not say is null.
    /// </summary>
    public PageMetadata Metadata { get; init; } = PageMetadata.Empty;
}

