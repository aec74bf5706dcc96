using Classifier.Runtime.Quotes;

namespace Classifier.Runtime.Tagging;

/// <summary>Settings of an <see cref="ArticleTagger"/>, with their defaults.</summary>
public sealed record TaggerOptions
{
    /// <summary>Default largest article accepted, in characters (about 16 MB of text).</summary>
    public const int DefaultMaxArticleChars = 16 * 1024 * 1024;

    /// <summary>Labels that <see cref="ArticleTagger.Clean"/> drops; null takes the bundle's (by default <c>unrelated-link</c>, <c>boilerplate</c>).</summary>
    public IReadOnlyCollection<string>? DropLabels { get; init; }

    /// <summary>Articles longer than this many characters are refused with <see cref="ArticleTooLargeException"/>.</summary>
    public int MaxArticleChars { get; init; } = DefaultMaxArticleChars;

    /// <summary>Find quoted reactions and their stance while tagging.</summary>
    public bool FindQuotes { get; init; } = true;

    /// <summary>Settings of the quote finder.</summary>
    public QuoteFinderOptions? Quotes { get; init; }

    /// <summary>Clean keeps only the article's main block (the best contiguous run of body segments); false keeps every non-dropped segment.</summary>
    public bool MainBlockOnly { get; init; } = true;

    /// <summary>Main block: weight per word of a dropped segment (against +1 per word of body text).</summary>
    public double BlockDropWeight { get; init; } = 2.0;

    /// <summary>Main block: weight per word of a heading (titles above the body are left out; subheadings inside it stay).</summary>
    public double BlockHeadingWeight { get; init; } = 0.3;

    /// <summary>For HTML input, clean leaves out segments whose structure marks them as page furniture (navigation, asides, footers, captions, link lists) before finding the main block.</summary>
    public bool UseHtmlStructure { get; init; } = true;

    /// <summary>The label the main block treats as a heading.</summary>
    public string HeadingLabel { get; init; } = "heading";
}
