using System.CommandLine;
using System.Globalization;
using Classifier.Runtime.Features;
using Classifier.Runtime.Segmentation;
using Classifier.Train.Labels;
using Classifier.Train.Training;
using Microsoft.ML;

namespace Classifier.Bench.Commands;

/// <summary>
/// <c>equivalence</c>: trains both passes on the labels, then scores every segment of the
/// development pages with ML.NET's own models and with the toolkit's exported runtime models
/// (<see cref="ExportEquivalence"/>). The probabilities must agree to float rounding, with no label
/// flipped. The pages are only scored, never trained on.
/// </summary>
internal static class EquivalenceCommand
{
    /// <summary>The largest probability difference accepted: float rounding of sums in another order.</summary>
    private const float Tolerance = 1e-5f;

    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Labels folder to train on.", DefaultValueFactory = _ => Path.Combine(RepoPaths.Root, "labels") };
        var pages = new Option<string>("--pages") { Description = "Folder of page *.txt files.", DefaultValueFactory = _ => RepoPaths.DefaultPagesDirectory };
        var command = new Command("equivalence", "Checks that the exported runtime models give the probabilities of the ML.NET models they came from, on the development pages.")
        {
            labels, pages,
        };
        command.SetAction(parse =>
        {
            var options = new TrainingOptions { Folds = 0 };
            var featurizer = new ArticleFeaturizer(new FeaturizerOptions());
            var hasher = new NgramHasher(featurizer.Options);
            var corpus = LabelReader.ReadFolder(parse.GetValue(labels)!);
            var names = corpus.Segments.Select(s => s.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var trainer = new SegmentModelTrainer(new MLContext(options.Seed), featurizer, hasher, options, names);
            var check = new ExportEquivalence(trainer, [.. corpus.Articles.Select(a => FeaturizedArticle.Create(a, featurizer, hasher))], names, options.ClassWeightPower);
            var articles = Directory.EnumerateFiles(parse.GetValue(pages)!, "*.txt").Order(StringComparer.Ordinal)
                .Select(file => Segmenter.Split(File.ReadAllText(file)).Select(s => s.Text).ToArray())
                .Where(texts => texts.Length > 0)
                .Select((texts, i) => FeaturizedArticle.Create(i.ToString(CultureInfo.InvariantCulture), texts, featurizer, hasher))
                .ToArray();
            var report = check.Compare(articles);
            Console.WriteLine($"Segments compared: {report.Segments:N0}.");
            Console.WriteLine($"First pass (linear model) vs ML.NET: largest probability difference {report.FirstPass.MaxDifference:G3}; labels differing: {report.FirstPass.LabelFlips:N0}.");
            Console.WriteLine($"Context pass (tree model) vs ML.NET: largest probability difference {report.ContextPass.MaxDifference:G3}; labels differing: {report.ContextPass.LabelFlips:N0}.");
            return report.FirstPass.MaxDifference <= Tolerance && report.ContextPass.MaxDifference <= Tolerance && report.FirstPass.LabelFlips + report.ContextPass.LabelFlips == 0
                ? ExitCodes.Success
                : ExitCodes.Failed;
        });
        return command;
    }
}
