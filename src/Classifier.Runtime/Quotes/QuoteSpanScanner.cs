namespace Classifier.Runtime.Quotes;

/// <summary>Pairs quotation marks into top-level quoted spans; nested quotes stay inside their outer quote.</summary>
internal static class QuoteSpanScanner
{
    /// <summary>Returns the top-level quotes of <paramref name="text"/> in order; an unclosed quote runs to the end.</summary>
    public static List<QuoteSpan> Scan(string text)
    {
        var spans = new List<QuoteSpan>();
        var stack = new List<(int Index, string Closers)>();
        for (int i = 0; i < text.Length; i++)
        {
            if (!QuoteMarks.IsMark(text[i]))
            {
                continue;
            }

            int closed = FindClosed(stack, text, i);
            if (closed == 0)
            {
                spans.Add(new QuoteSpan(stack[0].Index, stack[0].Index + 1, i, i + 1, Closed: true));
                stack.Clear();
                continue;
            }

            if (closed > 0)
            {
                stack.RemoveRange(closed, stack.Count - closed);
                continue;
            }

            if (!QuoteMarks.TryOpen(text, i, stack.Count == 0, out string closers))
            {
                continue;
            }

            if (stack.Count == 1 && text[stack[0].Index] == text[i])
            {
                // The same opening mark again at top level: the earlier quote was never closed.
                spans.Add(new QuoteSpan(stack[0].Index, stack[0].Index + 1, i, i, Closed: false));
                stack.Clear();
            }

            stack.Add((i, closers));
        }

        if (stack.Count > 0)
        {
            spans.Add(new QuoteSpan(stack[0].Index, stack[0].Index + 1, text.Length, text.Length, Closed: false));
        }

        return spans;
    }

    private static int FindClosed(List<(int Index, string Closers)> stack, string text, int i)
    {
        for (int level = stack.Count - 1; level >= 0; level--)
        {
            if (QuoteMarks.Closes(text, i, stack[level].Closers))
            {
                return level;
            }
        }

        return -1;
    }
}
