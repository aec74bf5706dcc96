namespace Classifier.Runtime.Features;

/// <summary>
/// Language-independent shape of one segment: length, end punctuation, capitalisation, digits,
/// handles, quote marks, separators. Values are scaled to roughly [0, 1].
/// </summary>
internal static class ShapeFeatures
{
    public const int Count = 18;

    private const string SentenceEnds = ".!?…。！？";
    private const string Separators = "|»›·•–—/";
    /// <summary>
    /// Counts enter the features as <c>log(1 + n) / LogScale</c>, so that a few thousand (words of a
    /// long segment, segments of a long page) still come out near 1; every log-scaled feature uses it.
    /// </summary>
    internal const float LogScale = 8f;

    public static void Compute(string text, Span<float> into)
    {
        var words = 0;
        var capitalised = 0;
        var letters = 0;
        var upper = 0;
        var digits = 0;
        var quotes = 0;
        var separators = 0;
        var handles = 0;
        var commas = 0;
        var sentenceBreaks = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isWordChar = char.IsLetterOrDigit(c) || c is '\'' or '’' or '-';
            if (isWordChar && !inWord)
            {
                words++;
                if (char.IsUpper(c))
                {
                    capitalised++;
                }
            }

            inWord = isWordChar;
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (Quotes.QuoteMarks.IsMark(c))
            {
                quotes++;
            }
            else if (Separators.Contains(c))
            {
                separators++;
            }
            else if (c == '@' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                handles++;
            }
            else if (c == ',')
            {
                commas++;
            }
            else if (SentenceEnds.Contains(c) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                sentenceBreaks++;
            }
        }

        var last = LastMeaningful(text);
        var first = text.Length > 0 ? text[0] : ' ';
        var safeWords = Math.Max(1, words);
        into[0] = Log(words);
        into[1] = Log(text.Length);
        into[2] = SentenceEnds.Contains(last) ? 1f : 0f;
        into[3] = last == ':' ? 1f : 0f;
        into[4] = Quotes.QuoteMarks.IsMark(text.Length > 0 ? text[^1] : ' ') ? 1f : 0f;
        into[5] = (float)capitalised / safeWords;
        into[6] = text.Length == 0 ? 0f : (float)digits / text.Length;
        into[7] = Math.Min(handles, 3) / 3f;
        into[8] = Math.Min(quotes, 4) / 4f;
        into[9] = Quotes.QuoteMarks.IsMark(first) ? 1f : 0f;
        into[10] = Math.Min(separators, 4) / 4f;
        into[11] = first is '-' or '•' or '*' or '–' or '—' or '·' ? 1f : 0f;
        into[12] = letters == 0 ? 0f : (float)upper / letters;
        into[13] = Log(sentenceBreaks);
        into[14] = (float)commas / safeWords;
        into[15] = letters == 0 ? 1f : 0f;
        into[16] = HasClockTime(text) ? 1f : 0f;
        into[17] = text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase) ? 1f : 0f;
    }

    /// <summary>Words in <paramref name="text"/>, counted as everywhere in the toolkit (<see cref="Quotes.WordCount"/>).</summary>
    public static int CountWords(string text) => Quotes.WordCount.Of(text, 0, text.Length);

    private static float Log(int n) => MathF.Log(1 + n) / LogScale;

    private static char LastMeaningful(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!Quotes.QuoteMarks.IsMark(text[i]) && text[i] != ')')
            {
                return text[i];
            }
        }

        return ' ';
    }

    private static bool HasClockTime(string text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] == ':' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Positions in <see cref="ShapeFeatures"/> that context features read from neighbours.</summary>
internal static class ShapeIndex
{
    public const int LogWords = 0;
    public const int EndsSentence = 2;
    public const int CapitalisedShare = 5;
    public const int Handles = 7;
    public const int Separators = 10;
}
