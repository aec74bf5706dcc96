using System.Text.RegularExpressions;

namespace Classifier.Runtime.Quotes;

/// <summary>
/// Social posts written without quote marks: an embedded post whose signature line
/// ("— Name (@handle) March 3, 2025", "A post shared by Name (@handle)") closes it or follows it,
/// and "@handle wrote: text" / "@handle: text" / "From Name: text".
/// </summary>
internal static partial class EmbeddedPost
{
    private const int MaxSignatureChars = 200;

    /// <summary>The post held by <paramref name="segment"/> when it ends with a signature or <paramref name="nextSegment"/> is one.</summary>
    public static FoundQuote? FromSignature(string segment, string? nextSegment)
    {
        if (Signature(segment) is not null)
        {
            return null;
        }

        if (nextSegment is not null && Signature(nextSegment) is { } handle)
        {
            return Whole(segment, 0, segment.Length, handle);
        }

        int dash = segment.LastIndexOfAny(['\u2014', '\u2013', '\u2015']);
        if (dash > 0 && segment.Length - dash <= MaxSignatureChars && Signature(segment[dash..]) is { } inline)
        {
            return Whole(segment, 0, dash, inline);
        }

        return null;
    }

    /// <summary>"@handle wrote: text", "@handle: text" or "From Name: text", the text not opening with a quote mark.</summary>
    public static FoundQuote? FromColon(string segment, int maxSpeakerWords)
    {
        var handle = HandleColon().Match(segment);
        if (handle.Success && MidIsVerbal(handle.Groups["mid"].Value))
        {
            string speaker = handle.Groups["handle"].Value;
            return Whole(segment, handle.Groups["post"].Index, segment.Length, speaker);
        }

        var from = FromColonRegex().Match(segment);
        if (from.Success && from.Groups["speaker"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= maxSpeakerWords)
        {
            string speaker = from.Groups["speaker"].Value.Trim();
            var quote = Whole(segment, from.Groups["post"].Index, segment.Length, speaker);
            return quote is null ? null : quote with { Channel = QuoteChannel.Spoken };
        }

        return null;
    }

    /// <summary>The @handle of a signature line, or null when <paramref name="line"/> is not one.</summary>
    public static string? Signature(string line)
    {
        string trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxSignatureChars)
        {
            return null;
        }

        var m = SignatureRegex().Match(trimmed);
        if (!m.Success)
        {
            m = SharedByRegex().Match(trimmed);
        }

        return m.Success ? m.Groups["handle"].Value : null;
    }

    private static bool MidIsVerbal(string mid)
    {
        var tokens = TextToken.Tokenize(mid, 0, mid.Length);
        return tokens.Count == 0 || AttributionParser.IsSocial(tokens, 0, tokens.Count)
            || tokens.Exists(t => SpeechLexicon.IsSpeechVerb(t.Word));
    }

    private static FoundQuote? Whole(string segment, int start, int end, string speaker)
    {
        while (start < end && char.IsWhiteSpace(segment[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(segment[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return null;
        }

        var channel = speaker.StartsWith('@') ? QuoteChannel.Social : QuoteChannel.Spoken;
        return new FoundQuote(start, end - start, segment[start..end], speaker, SpeakerNormalizer.Key(speaker), channel);
    }

    [GeneratedRegex(@"^(?:[\u2014\u2013\u2015]|--?)\s*[^()\r\n]{0,80}?\s*\(\s*(?<handle>@[\p{L}\p{N}_]{1,50})\s*\)[^\r\n]{0,80}$")]
    private static partial Regex SignatureRegex();

    [GeneratedRegex(@"^A post shared by\s+[^()\r\n]{0,80}?\s*\(\s*(?<handle>@[\p{L}\p{N}_]{1,50})\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex SharedByRegex();

    [GeneratedRegex(@"^[^\r\n:@\u201C\u201D""\u00AB\u00BB\u201E]{0,60}?(?<handle>@[\p{L}\p{N}_]{1,50})(?<mid>[^\r\n:\u201C\u201D""\u00AB\u00BB\u201E]{0,80}):\s+(?<post>[^\s\u201C\u201D""\u00AB\u00BB\u201E\u2018][\s\S]*)$")]
    private static partial Regex HandleColon();

    [GeneratedRegex(@"^From\s+(?<speaker>[^\r\n:\u201C\u201D""\u00AB\u00BB\u201E]{1,80}):\s+(?<post>[^\s\u201C\u201D""\u00AB\u00BB\u201E\u2018][\s\S]*)$")]
    private static partial Regex FromColonRegex();
}
