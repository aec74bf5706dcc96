namespace Classifier.Runtime.Quotes;

/// <summary>Recognises a title in quotes ("The Long Road Home"): most words capitalised, no sentence punctuation.</summary>
internal static class TitleCase
{
    private const double MinCapitalizedShare = 0.6;
    private const int MinTitleWords = 2;

    /// <summary>True when the quoted words look like a title rather than speech.</summary>
    public static bool Is(string text, int start, int length)
    {
        var tokens = TextToken.Tokenize(text, start, start + length);
        if (tokens.Count < MinTitleWords)
        {
            return false;
        }

        char last = text[start + length - 1];
        if (last is '.' or '!' or '?' or ',' or ':' or ';' or '\u2026')
        {
            return false;
        }

        int capitalized = tokens.Count(t => t.IsCapitalized || t.Word.Length > 0 && char.IsDigit(t.Word[0]));
        int withWords = tokens.Count(t => t.Word.Length > 0);
        return withWords >= MinTitleWords && capitalized >= MinCapitalizedShare * withWords;
    }
}
