namespace Classifier.Runtime.Html;

/// <summary>Where a segment of an HTML page sits in the page's structure.</summary>
/// <param name="Tags">The semantic elements it lies inside.</param>
/// <param name="HeadingLevel">1–6 inside <c>h1</c>–<c>h6</c>, else 0.</param>
/// <param name="Hints">Page-part words in its ancestors' <c>class</c>/<c>id</c>.</param>
/// <param name="LinkDensity">Share of its non-space characters that are inside links (0–1).</param>
/// <param name="Depth">Element depth of its innermost element (<c>html</c> is 1).</param>
public sealed record BlockStructure(BlockTags Tags, int HeadingLevel, ClassHints Hints, double LinkDensity, int Depth)
{
    /// <summary>The elements the segment lies in, innermost first.</summary>
    internal ElementChain? Elements { get; init; }
}
