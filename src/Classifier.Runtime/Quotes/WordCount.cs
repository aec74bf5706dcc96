namespace Classifier.Runtime.Quotes;

/// <summary>
/// Counts words as the whole toolkit counts them (shape and context features, the body decoder,
/// the quote finder's thresholds): runs of letters, digits, apostrophes and hyphens.
/// </summary>
internal static class WordCount
{
    /// <summary>Number of words in <paramref name="text"/>[<paramref name="start"/>, start + length).</summary>
    public static int Of(string text, int start, int length)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            var isWordChar = char.IsLetterOrDigit(c) || c is '\'' or '’' or '-';
            if (isWordChar && !inWord)
            {
                words++;
            }

            inWord = isWordChar;
        }

        return words;
    }
}
