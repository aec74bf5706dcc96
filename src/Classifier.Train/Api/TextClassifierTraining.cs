using Classifier.Runtime.Bundle;
using Classifier.Runtime.TextClassifiers;
using Classifier.Train.Labels;
using Classifier.Train.Reports;
using Classifier.Train.TextClassifiers;

namespace Classifier.Train.Api;

/// <summary>
/// Trains a text classifier for any label set from a labelled CSV (a custom bundle, applied by
/// <c>classify predict</c>) and evaluates one on labelled rows. <c>classify custom</c> and
/// <c>classify evaluate</c> are this class's <see cref="Train"/> and <see cref="Evaluate"/>.
/// </summary>
public static class TextClassifierTraining
{
    /// <summary>The linear trainers <see cref="TextClassifierTrainingOptions.Trainer"/> accepts, <c>auto</c> first.</summary>
    public static IReadOnlyList<string> Trainers => TextClassifierTrainers.All;

    /// <summary>The feature sets <see cref="TextClassifierTrainingOptions.Features"/> accepts.</summary>
    public static IReadOnlyList<string> FeatureSets => TextClassifierFeatureChoices.All;

    /// <summary>The n-gram weightings <see cref="TextClassifierTrainingOptions.Weighting"/> accepts.</summary>
    public static IReadOnlyList<string> Weightings => TextClassifierWeightings.All;

    /// <summary>
    /// Reads and checks the CSV, picks the trainer and L2 by inner cross-validation when asked,
    /// cross-validates (and tests on <see cref="TextClassifierTrainingOptions.Test"/>), trains, calibrates
    /// and writes the bundle atomically.
    /// </summary>
    /// <param name="options">The data, its columns, where the bundle goes and the training settings.</param>
    /// <param name="log">Where progress and metrics are printed; nowhere when null.</param>
    /// <returns>The manifest written, with the cross-validation (and test) metrics.</returns>
    /// <exception cref="LabelFileException">The CSV is malformed, lacks a column or holds fewer than two labels (the message starts with <c>file:line:</c>); no bundle is written.</exception>
    public static ModelManifest Train(TextClassifierTrainingOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TextClassifierBuilder(options.ToTrainingOptions(), options.ToFeaturizerOptions(), log ?? TextWriter.Null)
            .Build(options.Data, options.Test, options.ToColumns(), options.Output);
    }

    /// <summary>
    /// Predicts every row of <see cref="TextClassifierEvaluationOptions.Data"/> with the bundle, through the
    /// classifier <c>classify predict</c> uses, and prints per-label precision, recall, F1, macro-F1 and the
    /// confusion matrix to <paramref name="log"/>.
    /// </summary>
    /// <returns>The metrics printed.</returns>
    /// <exception cref="ModelBundleException">The model folder is missing or not a custom bundle.</exception>
    /// <exception cref="LabelFileException">The CSV is malformed or lacks a column (the message starts with <c>file:line:</c>).</exception>
    public static ClassificationMetrics Evaluate(TextClassifierEvaluationOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var classifier = TextClassifier.Load(options.Model);
        var metrics = TextClassifierEvaluator.Evaluate(classifier, options.Data, options.TextColumn, options.LabelColumn);
        MetricsPrinter.Print($"Evaluation of {options.Model}", metrics, log ?? TextWriter.Null);
        return metrics;
    }
}
