using Classifier.Runtime.Features;
using Classifier.Runtime.TextClassifiers;
using Classifier.Train.TextClassifiers;

namespace Classifier.Train.Api;

/// <summary>
/// What <see cref="TextClassifierTraining.Train"/> reads, writes and how it trains; the defaults are
/// <c>classify custom</c>'s. Every setting is saved in the bundle's manifest.
/// </summary>
/// <param name="Data">Labelled CSV to train on (header row required).</param>
/// <param name="Output">Folder the bundle is written to, atomically; an existing bundle there is replaced.</param>
public sealed record TextClassifierTrainingOptions(string Data, string Output)
{
    // The defaults live in the internal records the manifest is written from; this record only exposes them.
    private static readonly TextClassifierTrainingSettings Defaults = new();
    private static readonly TextClassifierFeaturizerOptions FeatureDefaults = new();
    private static readonly TextClassifierSettings ColumnDefaults = new();

    /// <summary>Labelled CSV with the same columns to evaluate the final model on; none when null.</summary>
    public string? Test { get; init; }

    /// <summary>Column holding the text.</summary>
    public string TextColumn { get; init; } = ColumnDefaults.TextColumn;

    /// <summary>Column holding the label.</summary>
    public string LabelColumn { get; init; } = ColumnDefaults.LabelColumn;

    /// <summary>Column the predictions are conditioned on (e.g. the target of a stance); none when null.</summary>
    public string? GroupColumn { get; init; }

    /// <summary>How <see cref="GroupColumn"/> conditions the predictions: one of <see cref="GroupModes.All"/>.</summary>
    public string GroupMode { get; init; } = Defaults.GroupMode;

    /// <summary>Column whose values are kept within one cross-validation fold (e.g. a document id); stratified k-fold when null.</summary>
    public string? CvGroupColumn { get; init; }

    /// <summary>Cross-validation folds; 0 or 1 skips the cross-validation.</summary>
    public int Folds { get; init; } = Defaults.Folds;

    /// <summary>Seed of every random choice.</summary>
    public int Seed { get; init; } = Defaults.Seed;

    /// <summary>Word n-grams of lengths 1 up to this.</summary>
    public int WordNgramLength { get; init; } = FeatureDefaults.WordNgramLength;

    /// <summary>Longest character n-gram.</summary>
    public int CharNgramLength { get; init; } = FeatureDefaults.CharNgramLength;

    /// <summary>Whether character n-grams of every length up to <see cref="CharNgramLength"/> are used (otherwise only that length).</summary>
    public bool CharAllLengths { get; init; } = FeatureDefaults.CharAllLengths;

    /// <summary>How n-grams are weighed, one of <see cref="TextClassifierTraining.Weightings"/>: <c>counts</c>, <c>tfidf</c>, or <c>auto</c> (picked by inner cross-validation with the trainer and the L2).</summary>
    public string Weighting { get; init; } = Defaults.Weighting;

    /// <summary>What the model reads, one of <see cref="TextClassifierTraining.FeatureSets"/>: <c>ngrams</c>, <c>embeddings</c> (a sentence encoder's vector), <c>both</c>, or <c>auto</c> (n-grams or both, picked by inner cross-validation with the weighting, trainer and L2).</summary>
    public string Features { get; init; } = Defaults.Features;

    /// <summary>Whether each text's n-gram vector is scaled to unit length.</summary>
    public bool L2Normalize { get; init; } = FeatureDefaults.L2Normalize;

    /// <summary>L2 regularisation of the linear model; null picks it by inner cross-validation on the training rows.</summary>
    public float? L2 { get; init; } = Defaults.L2;

    /// <summary>The linear trainer, one of <see cref="TextClassifierTraining.Trainers"/>; <c>auto</c> picks it by inner cross-validation together with the L2.</summary>
    public string Trainer { get; init; } = Defaults.Trainer;

    /// <summary>Folds of the inner cross-validation that picks the L2, the trainer and the weighting.</summary>
    public int TuneFolds { get; init; } = Defaults.TuneFolds;

    internal TextClassifierTrainingSettings ToTrainingOptions() =>
        Defaults with { Folds = Folds, Seed = Seed, GroupMode = GroupMode, L2 = L2, Trainer = Trainer, Weighting = Weighting, Features = Features, TuneFolds = TuneFolds };

    internal TextClassifierFeaturizerOptions ToFeaturizerOptions() => FeatureDefaults with
    {
        WordNgramLength = WordNgramLength,
        CharNgramLength = CharNgramLength,
        CharAllLengths = CharAllLengths,
        L2Normalize = L2Normalize,
    };

    internal TextClassifierColumns ToColumns() => new(TextColumn, LabelColumn, GroupColumn, CvGroupColumn);
}

/// <summary>What <see cref="TextClassifierTraining.Evaluate"/> evaluates, on which rows.</summary>
/// <param name="Model">Custom bundle folder.</param>
/// <param name="Data">Labelled CSV to evaluate on.</param>
public sealed record TextClassifierEvaluationOptions(string Model, string Data)
{
    /// <summary>Column holding the text; the one the model was trained with when null.</summary>
    public string? TextColumn { get; init; }

    /// <summary>Column holding the true label; the one the model was trained with when null.</summary>
    public string? LabelColumn { get; init; }
}
