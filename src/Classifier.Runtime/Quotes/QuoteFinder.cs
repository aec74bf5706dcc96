namespace Classifier.Runtime.Quotes;

/// <summary>
/// Finds quoted reactions (spoken quotes and social-media posts) in segments of a scraped article and attributes
/// them to a speaker. Scare quotes, short fragments and titles in quotes are not reported. Never throws.
/// </summary>
public sealed class QuoteFinder
{
    private readonly QuoteFinderOptions _options;
    private readonly AttributionParser _attributions;
    private readonly PronounResolver _pronouns;

    /// <summary>Creates a finder with the given thresholds (the defaults when null).</summary>
    public QuoteFinder(QuoteFinderOptions? options = null)
    {
        _options = options ?? new QuoteFinderOptions();
        _attributions = new AttributionParser(_options);
        _pronouns = new PronounResolver(_options);
    }

    /// <summary>
    /// Finds quoted reactions in one segment. <paramref name="previousSegment"/> (may be null) lets a speaker named
    /// in the paragraph before be attributed ("He said, “…”") and continues a quote that runs over paragraphs;
    /// <paramref name="nextSegment"/> (may be null) lets an embedded post be attributed to the signature line under it.
    /// </summary>
    /// <param name="segment">The segment text (one paragraph or line).</param>
    /// <param name="previousSegment">The segment before it in the article, or null.</param>
    /// <param name="nextSegment">The segment after it in the article, or null.</param>
    /// <returns>The quotes in order of position; empty when there are none.</returns>
    public IReadOnlyList<FoundQuote> Find(string segment, string? previousSegment = null, string? nextSegment = null)
    {
        if (string.IsNullOrEmpty(segment))
        {
            return [];
        }

        if (EmbeddedPost.FromSignature(segment, nextSegment) is { } post)
        {
            return [post];
        }

        if (EmbeddedPost.FromColon(segment, _options.MaxSpeakerWords) is { } colonPost)
        {
            return [colonPost];
        }

        return FindMarked(segment, previousSegment, followPrevious: true);
    }

    private List<FoundQuote> FindMarked(string segment, string? previousSegment, bool followPrevious)
    {
        var spans = QuoteSpanScanner.Scan(segment);
        var found = new List<FoundQuote>();
        if (spans.Count == 0)
        {
            return found;
        }

        string masked = Mask(segment, spans);
        string? previousMasked = previousSegment is null ? null : Mask(previousSegment, QuoteSpanScanner.Scan(previousSegment));
        var attributions = new Attribution?[spans.Count];
        var keep = new bool[spans.Count];
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var (start, length) = span.Trimmed(segment);
            if (length == 0)
            {
                continue;
            }

            int words = WordCount.Of(segment, start, length);
            int nextOpen = i + 1 < spans.Count ? spans[i + 1].Open : segment.Length;
            var attribution = _attributions.After(segment, span, nextOpen) ?? _attributions.Before(masked, span.Open, words);
            bool title = TitleCase.Is(segment, start, length);
            bool adjacent = attribution is { Adjacent: true };
            keep[i] = !title && (adjacent || words >= _options.MinWords);
            attributions[i] = attribution;
        }

        for (int i = 0; i < spans.Count; i++)
        {
            if (!keep[i])
            {
                continue;
            }

            var (start, length) = spans[i].Trimmed(segment);
            var attribution = attributions[i] ?? Inherit(attributions, keep, i);
            if (attribution is null && i == 0 && followPrevious && ContinuesPrevious(segment, spans[0], previousSegment))
            {
                var carried = FindMarked(previousSegment!, null, followPrevious: false).LastOrDefault();
                attribution = carried is null ? null : new Attribution(carried.Speaker, carried.Channel == QuoteChannel.Social, Adjacent: false);
            }

            if (attribution is null && !IsFreeStandingSentence(segment, start, length))
            {
                continue;
            }

            string? speaker = attribution?.Speaker;
            if (attribution is { SpeakerIsPronoun: true } or { Implicit: true })
            {
                speaker = _pronouns.Resolve(masked, spans[i].Open, previousMasked);
            }

            bool social = attribution is { Social: true } || speaker is not null && speaker.StartsWith('@');
            found.Add(new FoundQuote(start, length, segment.Substring(start, length), speaker,
                SpeakerNormalizer.Key(speaker, _options.MaxNameTokens), social ? QuoteChannel.Social : QuoteChannel.Spoken));
        }

        return found;
    }

    /// <summary>A quote split by its attribution shares the speaker of the nearest attributed part in the segment.</summary>
    private static Attribution? Inherit(Attribution?[] attributions, bool[] keep, int i)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            if (keep[j] && attributions[j] is { } before)
            {
                return before with { Adjacent = false };
            }
        }

        for (int j = i + 1; j < attributions.Length; j++)
        {
            if (keep[j] && attributions[j] is { } after)
            {
                return after with { Adjacent = false };
            }
        }

        return null;
    }

    /// <summary>True when the segment opens with a quote and the previous paragraph ended inside an unclosed quote.</summary>
    private static bool ContinuesPrevious(string segment, QuoteSpan first, string? previousSegment)
    {
        if (previousSegment is null || segment[..first.Open].Trim().Length > 0)
        {
            return false;
        }

        var previousSpans = QuoteSpanScanner.Scan(previousSegment);
        return previousSpans.Count > 0 && !previousSpans[^1].Closed;
    }

    private bool IsFreeStandingSentence(string segment, int start, int length)
    {
        if (WordCount.Of(segment, start, length) < _options.MinUnattributedWords)
        {
            return false;
        }

        char first = segment[start];
        char last = segment[start + length - 1];
        return (char.IsUpper(first) || char.IsDigit(first)) && last is '.' or '!' or '?' or ',' or '\u2026';
    }

    /// <summary>The segment with every quote (marks and words) blanked out, so only the narrative is left.</summary>
    private static string Mask(string text, List<QuoteSpan> spans)
    {
        var chars = text.ToCharArray();
        foreach (var span in spans)
        {
            for (int k = span.Open; k < span.End && k < chars.Length; k++)
            {
                chars[k] = ' ';
            }

            var (start, length) = span.Trimmed(text);
            if (length > 0 && span.End > span.Open && span.End - 1 < chars.Length && text[start + length - 1] is '.' or '!' or '?')
            {
                chars[span.End - 1] = '.';
            }
        }

        return new string(chars);
    }
}
