namespace Classifier.Runtime.Features;

/// <summary>
/// Every featurization setting in one place, with its default. Saved in the model manifest, so a
/// model is always applied with the settings it was trained with.
/// </summary>
public sealed record FeaturizerOptions
{
    /// <summary>Characters of a segment fed to the text n-gram features; longer segments are cut (shape features still see the whole segment).</summary>
    public int MaxTextChars { get; init; } = 1000;

    /// <summary>Word n-gram length of the text features.</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Character n-gram length of the text features.</summary>
    public int CharNgramLength { get; init; } = 3;

    /// <summary>The text n-grams are hashed into 2^HashBits buckets.</summary>
    public int HashBits { get; init; } = 20;

    /// <summary>A segment of at most this many words counts as a "short line" (menu items, headlines, share buttons).</summary>
    public int ShortLineWords { get; init; } = 4;

    /// <summary>Neighbours on each side whose shape describes a segment's context.</summary>
    public int NeighbourSpan { get; init; } = 2;

    /// <summary>Half-width of the small window of neighbours averaged for context.</summary>
    public int NearWindow { get; init; } = 3;

    /// <summary>Half-width of the wide window of neighbours averaged for context.</summary>
    public int WideWindow { get; init; } = 10;

    /// <summary>Neighbours on each side whose first-pass probabilities feed the second (context) pass.</summary>
    public int ProbabilitySpan { get; init; } = 3;

    /// <summary>The n-grams of the first pass and the stance model: word 1..<see cref="WordNgramLength"/>, character n-grams of exactly <see cref="CharNgramLength"/>, unit length.</summary>
    internal NgramRanges Ngrams => new(WordNgramLength, CharNgramLength, CharNgramLength, HashBits, L2Normalize: true);
}
