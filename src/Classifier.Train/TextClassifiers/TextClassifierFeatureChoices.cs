using Classifier.Runtime.Features;

namespace Classifier.Train.TextClassifiers;

/// <summary>What a custom model reads (<c>--features</c>): a settled <see cref="TextFeatureSets"/> value, or <see cref="Auto"/>.</summary>
internal static class TextClassifierFeatureChoices
{
    /// <summary>n-grams, or n-grams and the sentence encoder's vector, picked by inner cross-validation with the weighting, trainer and L2.</summary>
    public const string Auto = "auto";

    public static IReadOnlyList<string> All { get; } = [Auto, .. TextFeatureSets.All];

    /// <summary>
    /// The feature sets a setting leaves to try, cheapest first (it wins unless a later one beats it by the
    /// margin). <see cref="Auto"/> leaves out the encoder alone: over n-grams and the encoder side by side it
    /// only saves the n-grams' small cost, and on the tasks of <c>docs/custom-models.md</c> it lost to both.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string features) => features switch
    {
        Auto => [TextFeatureSets.Ngrams, TextFeatureSets.Both],
        _ when TextFeatureSets.All.Contains(features) => [features],
        _ => throw new ArgumentException($"unknown features '{features}'; one of {string.Join(", ", All)}", nameof(features)),
    };
}
