namespace Classifier.Runtime.Quotes;

/// <summary>Finds sentence starts in narrative text (abbreviations such as "Dr." do not end a sentence).</summary>
internal static class SentenceBounds
{
    /// <summary>Index where the sentence holding position <paramref name="pos"/> starts, looking back at most <paramref name="limit"/> characters.</summary>
    public static int StartOf(string text, int pos, int limit)
    {
        int floor = Math.Max(0, pos - limit);
        for (int j = Math.Min(pos, text.Length) - 1; j >= floor; j--)
        {
            char c = text[j];
            if (c is '\n' or '\r')
            {
                return j + 1;
            }

            if (c is '.' or '!' or '?' or '\u2026' && j + 1 < text.Length && char.IsWhiteSpace(text[j + 1]) && !EndsWithAbbreviation(text, j))
            {
                return j + 1;
            }
        }

        return floor;
    }

    /// <summary>Start indexes of the sentences before <paramref name="pos"/>, latest first.</summary>
    public static IEnumerable<(int Start, int End)> Backwards(string text, int pos, int limit)
    {
        int end = Math.Min(pos, text.Length);
        int floor = Math.Max(0, end - limit);
        while (end > floor)
        {
            int start = StartOf(text, end, end - floor);
            yield return (start, end);
            end = start - 1;
        }
    }

    private static bool EndsWithAbbreviation(string text, int periodIndex)
    {
        int s = periodIndex;
        while (s > 0 && !char.IsWhiteSpace(text[s - 1]))
        {
            s--;
        }

        return SpeechLexicon.IsAbbreviation(text[s..(periodIndex + 1)]);
    }
}
