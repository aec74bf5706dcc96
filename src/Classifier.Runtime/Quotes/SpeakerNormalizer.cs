namespace Classifier.Runtime.Quotes;

/// <summary>
/// Normalises speakers so that one speaker is counted once per article: @handles lower-cased, persons reduced to
/// their name without titles or roles ("immigration policy expert Dr. Angela Ramirez" → "angela ramirez").
/// </summary>
internal static class SpeakerNormalizer
{
    private const int DefaultMaxNameTokens = 4;

    /// <summary>The key of one speaker as written, or null for an empty speaker.</summary>
    public static string? Key(string? speaker, int maxNameTokens = DefaultMaxNameTokens)
    {
        if (string.IsNullOrWhiteSpace(speaker))
        {
            return null;
        }

        var tokens = TextToken.Tokenize(speaker, 0, speaker.Length);
        var handle = tokens.Find(t => t.IsHandle);
        if (handle.Word is not null)
        {
            return handle.Word.ToLowerInvariant();
        }

        // A trailing run of capitalised words is the name; the last title inside it ends the roles.
        int runStart = tokens.Count;
        while (runStart > 0 && tokens[runStart - 1].IsCapitalized && !tokens[runStart - 1].IsPossessive
            && !(runStart < tokens.Count && tokens[runStart - 1].EndsWithClauseMark))
        {
            runStart--;
        }

        int nameStart = runStart;
        for (int i = runStart; i < tokens.Count; i++)
        {
            if (SpeechLexicon.IsTitle(tokens[i].Word) || SpeechLexicon.IsCapitalizedStopWord(tokens[i].Word))
            {
                nameStart = i + 1;
            }
        }

        if (nameStart < tokens.Count)
        {
            nameStart = Math.Max(nameStart, tokens.Count - maxNameTokens);
            return string.Join(' ', tokens.Skip(nameStart).Select(t => t.Word)).ToLowerInvariant();
        }

        var words = tokens.Select(t => t.Word).Where(w => w.Length > 0).ToList();
        while (words.Count > 1 && words[0].ToLowerInvariant() is "a" or "an" or "the")
        {
            words.RemoveAt(0);
        }

        return words.Count == 0 ? null : string.Join(' ', words).ToLowerInvariant();
    }

    /// <summary>
    /// Given all speaker keys of one article, maps each key to the key it should be counted under: a surname-only key
    /// ("ramirez") maps to the one full-name key ending with it ("angela ramirez"); other keys map to themselves.
    /// A surname shared by several full names stays as it is.
    /// </summary>
    public static IReadOnlyDictionary<string, string> UnifySurnames(IEnumerable<string?> keys)
    {
        var distinct = keys.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string key in distinct)
        {
            map[key] = key;
            if (key.StartsWith('@') || key.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var full = distinct.Where(k => !k.StartsWith('@') && k.EndsWith(" " + key, StringComparison.Ordinal)).ToList();
            if (full.Count == 1)
            {
                map[key] = full[0];
            }
        }

        return map;
    }
}
