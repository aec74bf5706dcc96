using Classifier.Runtime.Quotes;

namespace Classifier.Runtime.Tagging;

/// <summary>Settings of an <see cref="ArticleTagger"/>, with their defaults.</summary>
public sealed record TaggerOptions
{
    /// <summary>Default largest article accepted, in characters (about 16 MB of text).</summary>
    public const int DefaultMaxArticleChars = 16 * 1024 * 1024;

    /// <summary>Labels that <see cref="ArticleTagger.Clean"/> drops; null takes the bundle's (by default <c>boilerplate</c>, <c>comment</c>, <c>unrelated-link</c>).</summary>
    public IReadOnlyCollection<string>? DropLabels { get; init; }

    /// <summary>Labels taken out of the dropped set (<see cref="DropLabels"/> or the bundle's): <c>comment</c> keeps reader comments.</summary>
    public IReadOnlyCollection<string> KeepLabels { get; init; } = [];

    /// <summary>User rules that always drop or always keep the segments their patterns match; they win over labels.</summary>
    public SegmentRuleOptions SegmentRules { get; init; } = new();

    /// <summary>Articles longer than this many characters are refused with <see cref="ArticleTooLargeException"/>.</summary>
    public int MaxArticleChars { get; init; } = DefaultMaxArticleChars;

    /// <summary>Find quoted reactions and their stance while tagging.</summary>
    public bool FindQuotes { get; init; } = true;

    /// <summary>Settings of the quote finder.</summary>
    public QuoteFinderOptions? Quotes { get; init; }

    /// <summary>Settings of the body decoder and the page verdict (which segments <see cref="ArticleTagger.Clean"/> keeps).</summary>
    public BodyDecoderOptions Decoder { get; init; } = new();

    /// <summary>For HTML input, clean leaves out segments whose structure marks them as page furniture (navigation, asides, footers, captions, link lists) before decoding the body.</summary>
    public bool UseHtmlStructure { get; init; } = true;
}
