using System.Diagnostics;
using System.Globalization;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Encoders;
using Classifier.Runtime.Features;
using Classifier.Runtime.Models;
using Classifier.Runtime.TextClassifiers;
using Classifier.Train.Evaluation;
using Classifier.Train.Reports;
using Classifier.Train.Training;
using Microsoft.ML;

namespace Classifier.Train.TextClassifiers;

/// <summary>
/// Trains a custom bundle from a labelled CSV: reads and checks it, cross-validates, evaluates on
/// a test file when given, trains the final model, calibrates its probabilities on out-of-fold scores
/// of the inner CV and writes the bundle atomically.
/// </summary>
internal sealed class TextClassifierBuilder(TextClassifierTrainingSettings options, TextClassifierFeaturizerOptions featurizerOptions, TextWriter log)
{
    public ModelManifest Build(string dataFile, string? testFile, TextClassifierColumns columns, string outputFolder)
    {
        BundleWriter.CheckWritable(outputFolder);
        var clock = Stopwatch.StartNew();
        var data = TextClassifierDataReader.Read(dataFile, columns);
        var test = testFile is null ? null : TextClassifierDataReader.Read(testFile, columns with { CvGroup = null });
        var labels = data.Labels;
        if (labels.Length < 2)
        {
            throw new Labels.LabelFileException(dataFile, 0, $"only one label ('{labels[0]}') in '{columns.Label}'; a classifier needs at least two");
        }

        PrintSummary(data, columns, labels);
        var ml = new MLContext(options.Seed);
        var hasGroup = columns.Group is not null;
        var embedder = EmbedderFor(data, test);
        var tuning = TextClassifierTuner.Tune(f => new TextClassifierTrainer(ml, f, options, labels, hasGroup, embedder), featurizerOptions, data.Examples, labels, options, columns.CvGroup, log, embedder);
        var settled = tuning.Options;
        var featurizer = tuning.Featurizer;
        var calibration = TextClassifierCalibrator.Fit(tuning.OutOfFold, labels);
        if (calibration is not null)
        {
            log.WriteLine($"Calibration: {calibration.Describe()}.");
        }

        var trainer = new TextClassifierTrainer(ml, featurizer, settled, labels, hasGroup, embedder);
        var metrics = new SortedDictionary<string, ClassificationMetrics>(StringComparer.Ordinal);
        if (options.Folds > 1)
        {
            var method = TextClassifierFolds.Describe(options.Folds, columns.CvGroup)
                + (tuning.Method is null ? "" : $", {settled.Weighting} {settled.Trainer} l2={TextClassifierTuner.Format(settled.L2!.Value)} as tuned on all rows");
            metrics["cv"] = TextClassifierCrossValidator.Run(trainer, data.Examples, labels, options.Folds, options.Seed, method);
            MetricsPrinter.Print($"Cross-validation of '{columns.Label}'", metrics["cv"], log);
        }

        var model = trainer.Train(data.Examples);
        if (test is not null)
        {
            var truth = test.Examples.Select(e => e.Label).ToArray();
            var predicted = trainer.Score(model, test.Examples).Select(s => ScoreReader.ArgMax(s, labels)).ToArray();
            metrics["test"] = MetricsCalculator.Compute($"test file {Path.GetFileName(test.File)}", LabelsWith(labels, truth), truth, predicted);
            MetricsPrinter.Print($"Test file {test.File}", metrics["test"], log);
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var role in model.Models.Keys)
        {
            files[role] = $"{role}.model";
        }

        var manifest = new ModelManifest
        {
            Kind = BundleKinds.Custom,
            ToolkitVersion = ArticleModelBuilder.ToolkitVersion,
            MlNetVersion = typeof(MLContext).Assembly.GetName().Version?.ToString() ?? "",
            CreatedAt = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            Labels = labels,
            Files = files,
            Training = settled.ToManifest(tuning, calibration),
            TrainingData = new TrainingDataSummary
            {
                Sha256 = data.Sha256,
                Files = new SortedDictionary<string, string>(StringComparer.Ordinal) { [Path.GetFileName(dataFile)] = data.Sha256 },
                Groups = columns.Group is null ? 0 : data.Examples.Select(e => e.Group).Distinct(StringComparer.Ordinal).Count(),
                Rows = data.Examples.Count,
            },
            Metrics = metrics,
            Custom = new TextClassifierSettings
            {
                TextColumn = columns.Text,
                LabelColumn = columns.Label,
                GroupColumn = columns.Group,
                GroupMode = columns.Group is null ? null : options.GroupMode,
                GroupRoles = model.GroupRoles,
                Featurizer = featurizer,
                Temperature = calibration?.Stored,
            },
        };
        BundleWriter.Write(outputFolder, manifest, model.Models.ToDictionary(p => p.Key, p => (ClassModel)p.Value));
        log.WriteLine();
        log.WriteLine($"Wrote {outputFolder} ({files.Count} model{(files.Count == 1 ? "" : "s")}, {labels.Length} labels) in {clock.Elapsed.TotalSeconds:F1} s.");
        return manifest;
    }

    /// <summary>
    /// The sentence encoder when the features may read it (<c>auto</c>, <c>embeddings</c>, <c>both</c>), with
    /// every row's vector computed once up front; null when only n-grams are read.
    /// </summary>
    private CachingEmbedder? EmbedderFor(TextClassifierDataSet data, TextClassifierDataSet? test)
    {
        if (!TextClassifierFeatureChoices.Candidates(options.Features).Any(TextFeatureSets.ReadsEmbeddings))
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        var embedder = new CachingEmbedder(MiniLmEmbedder.Shared);
        var texts = data.Examples.Concat(test?.Examples ?? []).Select(e => e.Text).ToArray();
        embedder.Warm(texts);
        log.WriteLine($"Encoded {texts.Length} texts with {embedder.Identity} in {clock.Elapsed.TotalSeconds:F1} s.");
        return embedder;
    }

    /// <summary>The model's labels plus any label that only the evaluated file has (never predicted, so its recall is 0).</summary>
    internal static string[] LabelsWith(IReadOnlyList<string> labels, IEnumerable<string> truth) =>
        labels.Concat(truth.Where(t => !labels.Contains(t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)).ToArray();

    private void PrintSummary(TextClassifierDataSet data, TextClassifierColumns columns, string[] labels)
    {
        log.WriteLine($"{data.File}: {data.Examples.Count} rows, {labels.Length} labels in '{columns.Label}', text from '{columns.Text}'"
            + (columns.Group is null ? "" : $", grouped by '{columns.Group}' ({options.GroupMode})"));
        foreach (var group in data.Examples.GroupBy(e => e.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            log.WriteLine($"  {group.Key,-24} {group.Count(),6}");
        }
    }
}
