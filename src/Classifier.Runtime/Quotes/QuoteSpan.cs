namespace Classifier.Runtime.Quotes;

/// <summary>
/// A top-level quoted stretch of a segment: <see cref="Open"/> is the index of the opening mark,
/// [<see cref="InnerStart"/>, <see cref="InnerEnd"/>) the text between the marks and <see cref="End"/> the index
/// just after the closing mark (the segment length when the quote is never closed).
/// </summary>
internal readonly record struct QuoteSpan(int Open, int InnerStart, int InnerEnd, int End, bool Closed)
{
    /// <summary>Start and length of the inner text without surrounding white space.</summary>
    public (int Start, int Length) Trimmed(string text)
    {
        int start = InnerStart;
        int end = InnerEnd;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }
}
