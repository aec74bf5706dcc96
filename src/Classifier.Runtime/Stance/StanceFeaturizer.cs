using Classifier.Runtime.Features;

namespace Classifier.Runtime.Stance;

/// <summary>
/// The one featurization of a quoted reaction for the stance model, shared by training and tagging:
/// the quote's own words, and the words around it in its segment (the attribution: "Supporter @X
/// wrote", "critics warned"), marked so that the model tells the two apart.
/// </summary>
public sealed class StanceFeaturizer(FeaturizerOptions options)
{
    /// <summary>Number of dense values a quote gets: social channel, question mark, exclamation mark.</summary>
    public const int DenseCount = 3;

    private const string ContextMark = "c:";

    private readonly ArticleFeaturizer _text = new(options);

    /// <summary>The hasher of the quote text and its marked context.</summary>
    public NgramHasher Hasher { get; } = new(options);

    /// <summary>The text the stance model's n-grams are read from: the quote, then its marked context.</summary>
    public string Text(string quote, string context) => _text.NormaliseText(quote) + " " + MarkContext(context);

    /// <summary>The dense values of a quote: posted on social media, asks, exclaims.</summary>
    public static float[] Dense(string quote, bool social) => [social ? 1f : 0f, quote.Contains('?') ? 1f : 0f, quote.Contains('!') ? 1f : 0f];

    /// <summary>The segment around a quote: its text with the quoted words taken out.</summary>
    public static string ContextOf(string segment, int start, int length) =>
        start < 0 || start + length > segment.Length ? segment : string.Concat(segment.AsSpan(0, start), " ", segment.AsSpan(start + length));

    private string MarkContext(string context) =>
        string.Join(' ', _text.NormaliseText(context).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => ContextMark + w));
}
