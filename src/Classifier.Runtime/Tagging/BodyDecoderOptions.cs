namespace Classifier.Runtime.Tagging;

/// <summary>
/// Settings of the body decoder that <see cref="ArticleTagger.Clean"/> runs over the segment
/// probabilities, and of the page verdict. Every default is written here once; they were chosen by
/// grouped cross-validation on the labelled corpus (<c>bench decoder</c>, see <c>docs/decoder.md</c>).
/// </summary>
public sealed record BodyDecoderOptions
{
    /// <summary>Decode the article body; false keeps every segment whose label is not dropped.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Weight per word of a segment's dropped-label probability, against +1 per word of body probability.</summary>
    public double DropWeight { get; init; } = 3.0;

    /// <summary>Weight per word of a segment's heading probability (titles above the body are left out; subheadings inside it stay).</summary>
    public double HeadingWeight { get; init; } = 0.3;

    /// <summary>Cost of entering an interruption inside the body (an ad, a product box, a caption, a "don't miss" link).</summary>
    public double GapCost { get; init; } = 4.0;

    /// <summary>Cost per word of a segment inside an interruption: long stretches of junk end the body rather than interrupt it.</summary>
    public double GapWordCost { get; init; } = 0.5;

    /// <summary>The label treated as a heading.</summary>
    public string HeadingLabel { get; init; } = "heading";

    /// <summary>The label of news-report text, which a page judged an article is never left without.</summary>
    public string ReportLabel { get; init; } = "news-report";

    /// <summary>The label of links to other pages, which makes a page without a body a listing.</summary>
    public string LinkLabel { get; init; } = "unrelated-link";

    /// <summary>A page whose decoded body has at least this many words, or that has this many words of news-report text, is an article.</summary>
    public int MinArticleWords { get; init; } = 25;

    /// <summary>A page without an article is a listing when at least this share of its words lies in link segments.</summary>
    public double ListingLinkShare { get; init; } = 0.3;
}
