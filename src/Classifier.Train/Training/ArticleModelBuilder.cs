using System.Diagnostics;
using System.Reflection;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Features;
using Classifier.Runtime.Models;
using Classifier.Train.Labels;
using Classifier.Train.Reports;
using Microsoft.ML;

namespace Classifier.Train.Training;

/// <summary>
/// Trains the default article bundle from a labels folder: reads and checks the labels,
/// cross-validates, trains the final segment and stance models, and writes the bundle atomically.
/// </summary>
internal sealed class ArticleModelBuilder(TrainingOptions options, FeaturizerOptions featurizerOptions, TextWriter log)
{
    public static readonly IReadOnlyList<string> DefaultDropLabels = ["boilerplate", "comment", "unrelated-link"];

    public ModelManifest Build(string labelsFolder, string outputFolder)
    {
        var clock = Stopwatch.StartNew();
        void Progress(string stage)
        {
            // Flushed: classify buffers standard output, and a training runs for minutes.
            log.WriteLine($"[{clock.Elapsed.TotalSeconds,5:F0} s] {stage}…");
            log.Flush();
        }

        BundleWriter.CheckWritable(outputFolder);
        var corpus = LabelReader.ReadFolder(labelsFolder);
        CorpusStatistics.Print(corpus, log);
        var ml = new MLContext(options.Seed);
        var featurizer = new ArticleFeaturizer(featurizerOptions);
        var labels = corpus.Segments.Select(s => s.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var hasher = new NgramHasher(featurizerOptions);
        var articles = corpus.Articles.Select(a => FeaturizedArticle.Create(a, featurizer, hasher)).ToArray();
        var trainer = new SegmentModelTrainer(ml, featurizer, hasher, options, labels);
        var stance = new StanceTrainer(ml, featurizerOptions, options);
        var metrics = new SortedDictionary<string, ClassificationMetrics>(StringComparer.Ordinal);
        if (options.Folds > 1)
        {
            var cv = SegmentCrossValidator.Run(trainer, articles, labels, options, Progress);
            metrics["segments-first-pass"] = cv.FirstPass;
            metrics["segments"] = cv.Final;
            MetricsPrinter.Print("Segment labels, first pass only", cv.FirstPass, log);
            MetricsPrinter.Print("Segment labels (first pass + context pass)", cv.Final, log);
            if (corpus.Quotes.Count > 0)
            {
                Progress("stance cross-validation");
                metrics["stance"] = stance.CrossValidate(corpus.Quotes);
                MetricsPrinter.Print("Stance of quoted reactions", metrics["stance"], log);
            }
        }

        var models = new Dictionary<string, ClassModel>();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Progress("training the final segment models");
        var segmentModel = trainer.Train(articles);
        Add(models, files, BundleKinds.SegmentsRole, segmentModel.FirstPass);
        if (segmentModel.ContextPass is not null)
        {
            Add(models, files, BundleKinds.ContextRole, segmentModel.ContextPass);
        }

        var stanceLabels = StanceTrainer.LabelsOf(corpus.Quotes);
        if (corpus.Quotes.Count > 0)
        {
            Progress("training the stance model");
            Add(models, files, BundleKinds.StanceRole, stance.Train(corpus.Quotes));
        }

        var manifest = new ModelManifest
        {
            Kind = BundleKinds.ArticleSegments,
            ToolkitVersion = ToolkitVersion,
            MlNetVersion = typeof(MLContext).Assembly.GetName().Version?.ToString() ?? "",
            CreatedAt = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            Labels = labels,
            DropLabels = DefaultDropLabels.Where(labels.Contains).ToArray(),
            StanceLabels = stanceLabels,
            Files = files,
            Featurizer = featurizerOptions,
            Training = options.ToManifest(),
            TrainingData = corpus.Fingerprint,
            Metrics = metrics,
        };
        BundleWriter.Write(outputFolder, manifest, models, new TrainingReport(manifest, corpus).WriteTo);
        log.WriteLine($"Wrote {outputFolder} ({files.Count} models) in {clock.Elapsed.TotalSeconds:F1} s.");
        return manifest;
    }

    internal static string ToolkitVersion =>
        typeof(ArticleModelBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static void Add(Dictionary<string, ClassModel> models, SortedDictionary<string, string> files, string role, ClassModel model)
    {
        models[role] = model;
        files[role] = $"{role}.model";
    }
}
