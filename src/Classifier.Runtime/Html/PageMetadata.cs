namespace Classifier.Runtime.Html;

/// <summary>What a page says about itself (meta tags, JSON-LD, <c>time</c>, <c>link rel=canonical</c>); null when it does not say.</summary>
/// <param name="Title">The headline: JSON-LD <c>headline</c>, <c>og:title</c>, else <c>title</c>.</param>
/// <param name="Author">The author or byline.</param>
/// <param name="Published">The publication date as written (usually ISO 8601).</param>
/// <param name="Language">The language tag (<c>html lang</c>, <c>content-language</c>, <c>og:locale</c>).</param>
/// <param name="CanonicalUrl">The canonical address (<c>link rel=canonical</c>, <c>og:url</c>), resolved against the page's URL when relative.</param>
public sealed record PageMetadata(string? Title, string? Author, string? Published, string? Language, string? CanonicalUrl)
{
    /// <summary>Nothing known.</summary>
    public static PageMetadata Empty { get; } = new(null, null, null, null, null);
}
