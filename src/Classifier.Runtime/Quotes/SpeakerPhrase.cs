using System.Collections.Frozen;

namespace Classifier.Runtime.Quotes;

/// <summary>Reads the speaker out of the words next to a speech verb.</summary>
internal static class SpeakerPhrase
{
    private static readonly FrozenSet<string> ForwardStops = new[]
    {
        "who", "whose", "which", "that", "at", "in", "on", "after", "before", "during", "while", "when", "as",
        "adding", "saying", "speaking", "referring", "because", "but", "shortly", "today", "yesterday",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Discourse = new[]
    {
        "meanwhile", "conversely", "lastly", "however", "still", "also", "instead", "separately", "finally",
        "moreover", "similarly", "yet", "so", "then", "but", "and", "later", "earlier", "now", "here",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RelativeStarts = new[]
    {
        "who", "whose", "which", "where", "when", "in", "on", "at", "after", "before", "during", "speaking",
        "according", "as",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a speaker that follows a speech verb ("said Dr. Ana Ruiz, the lead author"): stops at a comma or clause word.</summary>
    public static string? ReadForward(string text, List<TextToken> tokens, int from, int maxWords)
    {
        int last = -1;
        for (int i = from; i < tokens.Count && i - from < maxWords; i++)
        {
            if (ForwardStops.Contains(tokens[i].Word) || tokens[i].Word.Length == 0)
            {
                break;
            }

            last = i;
            if (tokens[i].EndsWithClauseMark || tokens[i].EndsSentence)
            {
                break;
            }
        }

        return last < from ? null : Slice(text, tokens, from, last);
    }

    /// <summary>
    /// Picks the speaker out of the words before a speech verb: an @handle, else the comma-separated part that ends
    /// with a name ("A spokesperson for the union, Jane Doe"), else the last descriptive part ("the company").
    /// </summary>
    public static string? ChooseSubject(string text, List<TextToken> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (tokens[i].IsHandle)
            {
                return tokens[i].Word;
            }
        }

        var parts = new List<(int From, int To)>();
        int partStart = from;
        for (int i = from; i < to; i++)
        {
            if (tokens[i].EndsWithClauseMark || i == to - 1)
            {
                parts.Add((partStart, i + 1));
                partStart = i + 1;
            }
        }

        (int From, int To)? fallback = null;
        foreach (var (pFrom, pTo) in parts)
        {
            var (s, e) = Clean(tokens, pFrom, pTo);
            if (s >= e || RelativeStarts.Contains(tokens[s].Word))
            {
                continue;
            }

            if (EndsWithName(tokens, s, e) || e - s == 1 && SpeechLexicon.IsPronoun(tokens[s].Word))
            {
                return Slice(text, tokens, s, e - 1);
            }

            bool onlyStopWords = Enumerable.Range(s, e - s).All(k => SpeechLexicon.IsCapitalizedStopWord(tokens[k].Word));
            if (!onlyStopWords)
            {
                fallback = (s, e);
            }
        }

        return fallback is { } f ? Slice(text, tokens, f.From, f.To - 1) : null;
    }

    /// <summary>For a sentence that ends with a colon and has no speech verb: the words up to the first name, or a handle.</summary>
    public static string? SubjectBeforeColon(string text, List<TextToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.IsHandle)
            {
                return token.Word;
            }
        }

        int runEnd = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (IsNameToken(tokens[i], i == 0) && !(i == 0 && i + 1 < tokens.Count && !tokens[i + 1].IsCapitalized))
            {
                runEnd = i;
                while (runEnd + 1 < tokens.Count && IsNameToken(tokens[runEnd + 1], false) && !tokens[runEnd].EndsWithClauseMark)
                {
                    runEnd++;
                }

                break;
            }
        }

        if (runEnd < 0)
        {
            return null;
        }

        var (s, _) = Clean(tokens, 0, runEnd + 1);
        return s > runEnd ? null : Slice(text, tokens, s, runEnd);
    }

    /// <summary>True when the token can be part of a person's name.</summary>
    public static bool IsNameToken(TextToken token, bool sentenceStart) =>
        token.IsCapitalized && !token.IsPossessive && !SpeechLexicon.IsCapitalizedStopWord(token.Word)
        && !(sentenceStart && SpeechLexicon.IsTitle(token.Word) && !token.Raw.EndsWith('.'))
        && !SpeechLexicon.IsSpeechVerb(token.Word);

    private static bool EndsWithName(List<TextToken> tokens, int s, int e)
    {
        var lastToken = tokens[e - 1];
        if (!lastToken.IsCapitalized || lastToken.IsPossessive || SpeechLexicon.IsCapitalizedStopWord(lastToken.Word))
        {
            return false;
        }

        return e > s && !SpeechLexicon.IsTitle(lastToken.Word);
    }

    private static (int From, int To) Clean(List<TextToken> tokens, int from, int to)
    {
        while (from < to && (Discourse.Contains(tokens[from].Word) || tokens[from].Word.Length == 0))
        {
            from++;
        }

        while (to > from && (SpeechLexicon.IsAuxiliary(tokens[to - 1].Word) || tokens[to - 1].Word.Length == 0))
        {
            to--;
        }

        return (from, to);
    }

    private static string? Slice(string text, List<TextToken> tokens, int first, int last)
    {
        int start = tokens[first].Start;
        int end = tokens[last].End;
        while (start < end && !char.IsLetterOrDigit(text[start]) && text[start] != '@')
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] != '.')
        {
            end--;
        }

        // Keep the period of an abbreviation ("Jr.") but not a sentence period.
        if (end > start && text[end - 1] == '.' && !SpeechLexicon.IsAbbreviation(text[tokens[last].Start..end]))
        {
            end--;
        }

        return end > start ? text[start..end] : null;
    }
}
