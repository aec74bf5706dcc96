namespace Classifier.Runtime.Quotes;

/// <summary>Reads the attribution of one quote from the narrative around it.</summary>
internal sealed class AttributionParser(QuoteFinderOptions options)
{
    /// <summary>
    /// Attribution after the closing mark: “…,” said Y / “…,” Y said / “…” — Y. The quote must end like speech (a comma inside the marks);
    /// <paramref name="nextOpen"/> bounds the look-ahead.
    /// </summary>
    public Attribution? After(string text, QuoteSpan span, int nextOpen)
    {
        int end = Math.Min(nextOpen, Math.Min(text.Length, span.End + options.MaxContextChars));
        var tokens = TextToken.Tokenize(text, span.End, end);
        if (tokens.Count == 0)
        {
            return null;
        }

        var (innerStart, innerLength) = span.Trimmed(text);
        char lastInner = innerLength > 0 ? text[innerStart + innerLength - 1] : ' ';

        // Skip punctuation between the closing mark and the words: “…”, — said Y / «…», — заявил Y.
        int k = 0;
        bool dash = false;
        bool commaOutside = false;
        while (k < tokens.Count && tokens[k].Word.Length == 0)
        {
            dash |= IsDash(tokens[k].Raw);
            commaOutside |= tokens[k].Raw.StartsWith(',');
            k++;
        }

        if (k == 0 && IsDash(tokens[0].Raw))
        {
            dash = true;
            tokens = Retokenize(text, tokens[0], end);
        }

        commaOutside |= k < tokens.Count && k == 0 && tokens[0].Raw.StartsWith(',');
        if (k >= tokens.Count)
        {
            return null;
        }

        bool endsLikeSpeech = lastInner is ',' or '!' or '?' or '\u2026' or '\u2014' or '-' or '.';
        if (!commaOutside && !endsLikeSpeech && !dash)
        {
            return null;
        }

        if (dash && !SpeechLexicon.IsSpeechVerb(tokens[k].Word))
        {
            string? dashSpeaker = SpeakerPhrase.ReadForward(text, tokens, k, options.MaxSpeakerWords);
            return dashSpeaker is null ? null : new Attribution(dashSpeaker, IsHandle(dashSpeaker), Adjacent: true);
        }

        int verb = k;
        if (SpeechLexicon.IsAuxiliary(tokens[k].Word) && k + 1 < tokens.Count && SpeechLexicon.IsSpeechVerb(tokens[k + 1].Word))
        {
            verb = k + 1;
        }

        if (SpeechLexicon.IsSpeechVerb(tokens[verb].Word) && !tokens[verb].IsCapitalized)
        {
            string? forward = SpeakerPhrase.ReadForward(text, tokens, verb + 1, options.MaxSpeakerWords);
            if (forward is null && !tokens[verb].EndsSentence)
            {
                return null;
            }

            // "«…», comentó." names no speaker: the finder resolves it like a pronoun.
            bool social = IsSocial(tokens, verb, tokens.Count) || forward is not null && IsHandle(forward);
            return new Attribution(forward, social, Adjacent: true) { Implicit = forward is null };
        }

        for (int j = k + 1; j < tokens.Count && j - k <= options.MaxSpeakerWords; j++)
        {
            if (tokens[j - 1].EndsSentence)
            {
                return null;
            }

            if (SpeechLexicon.IsSpeechVerb(tokens[j].Word) && !tokens[j].IsCapitalized)
            {
                string? subject = SpeakerPhrase.ChooseSubject(text, tokens, k, j);
                return subject is null ? null : new Attribution(subject, IsSocial(tokens, j, tokens.Count) || IsHandle(subject), Adjacent: true);
            }
        }

        return null;
    }

    /// <summary>
    /// Attribution in the sentence before the opening mark. Adjacent when the sentence ends with the speech verb
    /// (and a few words) and a comma or colon: "Y said, “…”", "According to Y, “…”", "@X posted on X: “…”".
    /// Otherwise, for a quote of at least <see cref="QuoteFinderOptions.MinReportedWords"/> words, the subject of a speech
    /// verb earlier in the sentence ("Y called the plan “…”") gives a non-adjacent attribution.
    /// </summary>
    public Attribution? Before(string masked, int open, int quoteWords)
    {
        int start = SentenceBounds.StartOf(masked, open, options.MaxContextChars);
        var tokens = TextToken.Tokenize(masked, start, open);
        if (tokens.Count == 0)
        {
            return null;
        }

        bool introMark = tokens[^1].EndsWithClauseMark;
        for (int v = tokens.Count - 1; v >= 0 && tokens.Count - 1 - v <= options.MaxWordsAfterIntroVerb; v--)
        {
            if (!SpeechLexicon.IsSpeechVerb(tokens[v].Word) || tokens[v].IsCapitalized && v > 0)
            {
                continue;
            }

            bool adjacent = v == tokens.Count - 1 || introMark;
            if (!adjacent)
            {
                break;
            }

            string? subject = v == 0 ? null : SpeakerPhrase.ChooseSubject(masked, tokens, 0, v);
            if (subject is not null)
            {
                return new Attribution(subject, IsSocial(tokens, v, tokens.Count) || IsHandle(subject), Adjacent: true);
            }
        }

        if (Introduced(masked, tokens) is { } intro)
        {
            return intro;
        }

        if (quoteWords < options.MinReportedWords)
        {
            return null;
        }

        for (int v = 1; v < tokens.Count; v++)
        {
            if (SpeechLexicon.IsSpeechVerb(tokens[v].Word) && !tokens[v].IsCapitalized)
            {
                string? subject = SpeakerPhrase.ChooseSubject(masked, tokens, 0, v);
                if (subject is not null)
                {
                    return new Attribution(subject, IsSocial(tokens, 0, tokens.Count) || IsHandle(subject), Adjacent: false);
                }
            }
        }

        return null;
    }

    private Attribution? Introduced(string masked, List<TextToken> tokens)
    {
        var last = tokens[^1];
        if (!last.EndsWithClauseMark)
        {
            return null;
        }

        // "According to Y, “…”" and "From Y: “…”".
        int lead = tokens.FindIndex(t => t.Word.Equals("according", StringComparison.OrdinalIgnoreCase));
        if (lead >= 0 && lead + 1 < tokens.Count && tokens[lead + 1].Word.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            string? speaker = SpeakerPhrase.ReadForward(masked, tokens, lead + 2, options.MaxSpeakerWords);
            return speaker is null ? null : new Attribution(speaker, IsHandle(speaker), Adjacent: true);
        }

        if (tokens[0].Word.Equals("From", StringComparison.Ordinal) && last.EndsWithColon && tokens.Count - 1 <= options.MaxSpeakerWords)
        {
            string? speaker = SpeakerPhrase.ChooseSubject(masked, tokens, 1, tokens.Count);
            return speaker is null ? null : new Attribution(speaker, IsHandle(speaker), Adjacent: true);
        }

        if (last.EndsWithColon)
        {
            string? speaker = SpeakerPhrase.SubjectBeforeColon(masked, tokens);
            return speaker is null ? null : new Attribution(speaker, IsSocial(tokens, 0, tokens.Count) || IsHandle(speaker), Adjacent: true);
        }

        return null;
    }

    /// <summary>True when tokens [from, to) mention a social verb or network ("tweeted", "on X", "on Instagram").</summary>
    internal static bool IsSocial(List<TextToken> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            string w = tokens[i].Word;
            if (SpeechLexicon.IsSocialVerb(w) || SpeechLexicon.IsPlatform(w) && tokens[i].IsCapitalized)
            {
                return true;
            }

            bool onX = w == "X" && i > 0 && tokens[i - 1].Word.Equals("on", StringComparison.OrdinalIgnoreCase);
            bool socialMedia = w.Equals("social", StringComparison.OrdinalIgnoreCase) && i + 1 < to
                && tokens[i + 1].Word.Equals("media", StringComparison.OrdinalIgnoreCase);
            if (onX || socialMedia)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHandle(string speaker) => speaker.StartsWith('@');

    private static bool IsDash(string raw) => raw.Length > 0 && (raw[0] is '\u2014' or '\u2013' or '\u2015' || raw.StartsWith("--", StringComparison.Ordinal) || raw == "-");

    private static List<TextToken> Retokenize(string text, TextToken dashToken, int end)
    {
        int start = dashToken.Start;
        while (start < dashToken.End && (text[start] is '\u2014' or '\u2013' or '\u2015' or '-'))
        {
            start++;
        }

        return TextToken.Tokenize(text, start, end);
    }
}

/// <summary>Who a quote is attributed to, whether a social network is involved and whether the attribution touches the quote.</summary>
internal sealed record Attribution(string? Speaker, bool Social, bool Adjacent)
{
    /// <summary>True when the speaker is a pronoun ("he", "she") that must be resolved to a named person.</summary>
    public bool SpeakerIsPronoun => Speaker is not null && SpeechLexicon.IsPronoun(Speaker);

    /// <summary>True when the speech verb names no speaker ("«…», dijo."), so the last named person is meant.</summary>
    public bool Implicit { get; init; }
}
