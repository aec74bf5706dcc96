namespace Classifier.Train.TextClassifiers;

/// <summary>How a custom model weighs its n-grams (<c>--weighting</c>).</summary>
internal static class TextClassifierWeightings
{
    /// <summary>Picked by inner cross-validation together with the trainer and the L2.</summary>
    public const string Auto = "auto";

    /// <summary>Raw n-gram counts, scaled to unit length.</summary>
    public const string Counts = "counts";

    /// <summary>Counts weighted by the inverse document frequency fitted on the training rows, scaled to unit length.</summary>
    public const string TfIdf = "tfidf";

    public static IReadOnlyList<string> All { get; } = [Auto, Counts, TfIdf];

    /// <summary>The weightings a setting leaves to try: both for <see cref="Auto"/>, counts first (it wins ties).</summary>
    public static IReadOnlyList<bool> Candidates(string weighting) => weighting switch
    {
        Auto => [false, true],
        Counts => [false],
        TfIdf => [true],
        _ => throw new ArgumentException($"unknown weighting '{weighting}'; one of {string.Join(", ", All)}", nameof(weighting)),
    };

    /// <summary>The weighting's name for a settled TF-IDF choice.</summary>
    public static string Of(bool tfIdf) => tfIdf ? TfIdf : Counts;
}
