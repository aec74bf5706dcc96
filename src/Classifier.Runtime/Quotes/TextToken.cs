namespace Classifier.Runtime.Quotes;

/// <summary>A run of non-space characters; <see cref="Word"/> is the run without surrounding punctuation.</summary>
internal readonly record struct TextToken(int Start, int End, string Raw, string Word)
{
    /// <summary>True when the raw token ends a clause with a comma, semicolon or colon.</summary>
    public bool EndsWithClauseMark => Raw.Length > 0 && Raw[^1] is ',' or ';' or ':';

    /// <summary>True when the raw token ends with a colon.</summary>
    public bool EndsWithColon => Raw.Length > 0 && Raw[^1] == ':';

    /// <summary>True when the raw token ends a sentence (. ! ? …), ignoring abbreviations such as "Dr.".</summary>
    public bool EndsSentence => Raw.Length > 0 && Raw[^1] is '.' or '!' or '?' or '\u2026' && !SpeechLexicon.IsAbbreviation(Raw);

    /// <summary>True when the word starts with an upper-case letter.</summary>
    public bool IsCapitalized => Word.Length > 0 && char.IsUpper(Word[0]);

    /// <summary>True when the word is an @handle.</summary>
    public bool IsHandle => Word.Length > 1 && Word[0] == '@';

    /// <summary>True when the word is possessive (Trump’s, the union's).</summary>
    public bool IsPossessive => Word.EndsWith("\u2019s", StringComparison.Ordinal) || Word.EndsWith("'s", StringComparison.Ordinal);

    /// <summary>Splits <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>) into tokens.</summary>
    public static List<TextToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<TextToken>();
        int i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int tokenStart = i;
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > tokenStart)
            {
                string raw = text[tokenStart..i];
                tokens.Add(new TextToken(tokenStart, i, raw, StripPunctuation(raw)));
            }
        }

        return tokens;
    }

    private static string StripPunctuation(string raw)
    {
        int s = 0;
        int e = raw.Length;
        while (s < e && !IsWordChar(raw[s]) && raw[s] != '@')
        {
            s++;
        }

        while (e > s && !IsWordChar(raw[e - 1]))
        {
            e--;
        }

        return raw[s..e];
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
