namespace Classifier.Runtime.Features;

/// <summary>What a custom model reads from a text (<c>--features</c>): its n-grams, a sentence encoder's vector of it, or both.</summary>
public static class TextFeatureSets
{
    /// <summary>Hashed word and character n-grams (<see cref="NgramHasher"/>).</summary>
    public const string Ngrams = "ngrams";

    /// <summary>The sentence encoder's vector (<see cref="Encoders.ITextEmbedder"/>) and the shape values, no n-grams.</summary>
    public const string Embeddings = "embeddings";

    /// <summary>The n-grams and the encoder's vector side by side.</summary>
    public const string Both = "both";

    /// <summary>The settled feature sets, cheapest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Ngrams, Both, Embeddings];

    /// <summary>Whether <paramref name="features"/> reads n-grams.</summary>
    public static bool ReadsNgrams(string features) => features != Embeddings;

    /// <summary>Whether <paramref name="features"/> reads the encoder's vector.</summary>
    public static bool ReadsEmbeddings(string features) => features != Ngrams;
}
