namespace Classifier.Runtime.Segmentation;

/// <summary>
/// Splits raw article text into segments: one segment per non-blank line, whether paragraphs are
/// separated by single line breaks or by blank lines. Handles LF, CRLF, CR, Unicode line and
/// paragraph separators, a byte-order mark, tabs and non-breaking spaces.
/// </summary>
public static class Segmenter
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>Splits <paramref name="text"/> into segments in text order; never returns overlapping segments.</summary>
    public static IReadOnlyList<Segment> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<Segment>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsLineBreak(text[i]))
            {
                continue;
            }

            AddTrimmed(text, lineStart, i, segments);
            lineStart = i + 1;
        }

        return segments;
    }

    /// <summary>True for characters that never belong to a segment's edges (white space and the byte-order mark).</summary>
    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == ByteOrderMark;

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f';

    private static void AddTrimmed(string text, int from, int to, List<Segment> segments)
    {
        while (from < to && IsBlank(text[from]))
        {
            from++;
        }

        while (to > from && IsBlank(text[to - 1]))
        {
            to--;
        }

        if (to > from)
        {
            segments.Add(new Segment(segments.Count, from, to - from, text.Substring(from, to - from)));
        }
    }
}
