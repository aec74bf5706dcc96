namespace Classifier.Runtime.Quotes;

/// <summary>Counts words (runs holding at least one letter or digit) in a stretch of text.</summary>
internal static class WordCount
{
    /// <summary>Number of words in <paramref name="text"/>[<paramref name="start"/>, start + length).</summary>
    public static int Of(string text, int start, int length)
    {
        int count = 0;
        bool inWord = false;
        bool hasAlnum = false;
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                count += inWord && hasAlnum ? 1 : 0;
                inWord = false;
                hasAlnum = false;
                continue;
            }

            inWord = true;
            hasAlnum |= char.IsLetterOrDigit(c);
        }

        return count + (inWord && hasAlnum ? 1 : 0);
    }
}
