namespace Classifier.Runtime.Quotes;

/// <summary>The quotation marks the finder knows and which marks close which.</summary>
internal static class QuoteMarks
{
    private const char Straight = '"';
    private const char LeftDouble = '\u201C';
    private const char RightDouble = '\u201D';
    private const char LowDouble = '\u201E';
    private const char LeftSingle = '\u2018';
    private const char RightSingle = '\u2019';
    private const char LowSingle = '\u201A';
    private const char LeftGuillemet = '\u00AB';
    private const char RightGuillemet = '\u00BB';
    private const char LeftSingleGuillemet = '\u2039';
    private const char RightSingleGuillemet = '\u203A';
    private const char LeftCorner = '\u300C';
    private const char RightCorner = '\u300D';
    private const char LeftWhiteCorner = '\u300E';
    private const char RightWhiteCorner = '\u300F';

    /// <summary>True when <paramref name="c"/> is any quotation mark the finder knows.</summary>
    public static bool IsMark(char c) => c is Straight or LeftDouble or RightDouble or LowDouble or LeftSingle
        or RightSingle or LowSingle or LeftGuillemet or RightGuillemet or LeftSingleGuillemet or RightSingleGuillemet
        or LeftCorner or RightCorner or LeftWhiteCorner or RightWhiteCorner;

    /// <summary>
    /// Whether the mark at <paramref name="i"/> opens a quote; <paramref name="closers"/> lists the marks that close it.
    /// </summary>
    public static bool TryOpen(string text, int i, bool topLevel, out string closers)
    {
        char c = text[i];
        bool afterWordChar = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        bool beforeWordChar = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        closers = c switch
        {
            Straight => "\"",
            LeftDouble => "\u201D",
            LowDouble => "\u201C\u201D",
            LeftGuillemet => "\u00BB",
            RightGuillemet when topLevel && !afterWordChar => "\u00AB",
            LeftSingleGuillemet => "\u203A",
            LeftSingle when !afterWordChar => "\u2019",
            LowSingle when !afterWordChar => "\u2018\u2019",
            LeftCorner => "\u300D",
            LeftWhiteCorner => "\u300F",
            RightDouble when topLevel && !afterWordChar && beforeWordChar => "\u201D",
            _ => string.Empty,
        };
        return closers.Length > 0;
    }

    /// <summary>Whether the mark at <paramref name="i"/> can close a quote whose closers are <paramref name="closers"/>.</summary>
    public static bool Closes(string text, int i, string closers)
    {
        char c = text[i];
        if (closers.IndexOf(c) < 0)
        {
            return false;
        }

        // A right single quote followed by a letter is an apostrophe (don’t, What’s).
        bool isApostropheLike = c == RightSingle || c == LeftSingle;
        return !isApostropheLike || i + 1 >= text.Length || !char.IsLetter(text[i + 1]);
    }
}
