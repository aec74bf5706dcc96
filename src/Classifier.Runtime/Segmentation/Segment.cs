namespace Classifier.Runtime.Segmentation;

/// <summary>One paragraph (one non-blank line) of an article, with its place in the original text.</summary>
/// <param name="Index">0-based position among the article's segments.</param>
/// <param name="Start">Offset of the first non-blank character in the original text.</param>
/// <param name="Length">Length of the segment in the original text, surrounding white space excluded.</param>
/// <param name="Text">The segment's text: <c>original.Substring(Start, Length)</c>.</param>
public sealed record Segment(int Index, int Start, int Length, string Text);
