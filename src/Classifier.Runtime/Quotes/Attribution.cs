namespace Classifier.Runtime.Quotes;

/// <summary>Who a quote is attributed to, whether a social network is involved and whether the attribution touches the quote.</summary>
internal sealed record Attribution(string? Speaker, bool Social, bool Adjacent)
{
    /// <summary>True when the speaker is a pronoun ("he", "she") that must be resolved to a named person.</summary>
    public bool SpeakerIsPronoun => Speaker is not null && SpeechLexicon.IsPronoun(Speaker);

    /// <summary>True when the speech verb names no speaker ("«…», dijo."), so the last named person is meant.</summary>
    public bool Implicit { get; init; }
}
