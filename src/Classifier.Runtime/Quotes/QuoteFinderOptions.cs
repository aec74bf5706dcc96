namespace Classifier.Runtime.Quotes;

/// <summary>Thresholds of the <see cref="QuoteFinder"/>; the defaults suit English news text.</summary>
public sealed record QuoteFinderOptions
{
    /// <summary>A quote with fewer words than this and no adjacent attribution is a fragment (scare quotes, titles).</summary>
    public int MinWords { get; init; } = 4;

    /// <summary>A quote inside a sentence, attributed only through the sentence's subject ("Y called it “…”"), needs this many words.</summary>
    public int MinReportedWords { get; init; } = 6;

    /// <summary>A quote with no attribution at all is still reported when it is a sentence of at least this many words.</summary>
    public int MinUnattributedWords { get; init; } = 8;

    /// <summary>Longest speaker phrase, in words, read next to a speech verb.</summary>
    public int MaxSpeakerWords { get; init; } = 12;

    /// <summary>Most words allowed between an introducing speech verb and the quote ("told reporters at the court,").</summary>
    public int MaxWordsAfterIntroVerb { get; init; } = 8;

    /// <summary>Most characters of context read on either side of a quote when looking for its attribution.</summary>
    public int MaxContextChars { get; init; } = 600;

    /// <summary>Most tokens kept of a person's name when building a speaker key.</summary>
    public int MaxNameTokens { get; init; } = 4;
}
