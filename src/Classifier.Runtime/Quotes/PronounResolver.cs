namespace Classifier.Runtime.Quotes;

/// <summary>Resolves "he"/"she" to the most recent named person in the narrative before a quote.</summary>
internal sealed class PronounResolver(QuoteFinderOptions options)
{
    /// <summary>
    /// Looks back from <paramref name="pos"/> in <paramref name="masked"/> (quotes blanked out), sentence by sentence,
    /// then through <paramref name="previousMasked"/>; returns the first named person found, preferring the subject of a verb.
    /// </summary>
    public string? Resolve(string masked, int pos, string? previousMasked)
    {
        foreach (var (start, end) in SentenceBounds.Backwards(masked, pos, options.MaxContextChars))
        {
            if (NameIn(masked, start, end) is { } name)
            {
                return name;
            }
        }

        if (previousMasked is null)
        {
            return null;
        }

        foreach (var (start, end) in SentenceBounds.Backwards(previousMasked, previousMasked.Length, options.MaxContextChars))
        {
            if (NameIn(previousMasked, start, end) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private string? NameIn(string text, int start, int end)
    {
        var tokens = TextToken.Tokenize(text, start, end);
        string? firstName = null;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsHandle)
            {
                return tokens[i].Word;
            }

            if (!SpeakerPhrase.IsNameToken(tokens[i], i == 0))
            {
                continue;
            }

            int runEnd = i;
            while (runEnd + 1 < tokens.Count && !tokens[runEnd].EndsWithClauseMark && !tokens[runEnd].EndsSentence
                && SpeakerPhrase.IsNameToken(tokens[runEnd + 1], false))
            {
                runEnd++;
            }

            bool possessive = runEnd + 1 < tokens.Count && tokens[runEnd + 1].IsPossessive && tokens[runEnd + 1].IsCapitalized;
            bool onlyTitles = Enumerable.Range(i, runEnd - i + 1).All(k => SpeechLexicon.IsTitle(tokens[k].Word));
            bool followedByVerb = FollowedByVerb(tokens, runEnd + 1);
            bool loneFirstWord = i == 0 && runEnd == 0;
            string name = Join(text, tokens, i, runEnd);
            if (!possessive && !onlyTitles && followedByVerb)
            {
                return name;
            }

            if (!possessive && !onlyTitles && !loneFirstWord)
            {
                firstName ??= name;
            }

            i = runEnd;
        }

        return firstName;
    }

    private bool FollowedByVerb(List<TextToken> tokens, int next)
    {
        if (next >= tokens.Count)
        {
            return false;
        }

        bool appositive = tokens[next - 1].EndsWithClauseMark;
        int limit = appositive ? Math.Min(tokens.Count, next + options.MaxSpeakerWords) : next + 1;
        for (int k = next; k < limit && k < tokens.Count; k++)
        {
            bool verbal = SpeechLexicon.IsSpeechVerb(tokens[k].Word) || SpeechLexicon.IsAuxiliary(tokens[k].Word);
            if (!appositive)
            {
                return verbal;
            }

            if (verbal && tokens[k - 1].EndsWithClauseMark)
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(string text, List<TextToken> tokens, int first, int last)
    {
        int start = tokens[first].Start;
        int end = tokens[last].End;
        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }
}
