using System.CommandLine;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Features;
using Classifier.Runtime.Models;
using Classifier.Runtime.Segmentation;
using Classifier.Runtime.Tagging;

namespace Classifier.Bench.Commands;

/// <summary>
/// <c>equivalence</c>: scores every segment of the development pages with ML.NET's engines and with
/// the fast paths. The context pass's trees must give bit-identical probabilities; the first pass,
/// evaluated from its weights (<see cref="LinearTextScorer"/>), must agree to float rounding.
/// </summary>
internal static class EquivalenceCommand
{
    public static Command Create()
    {
        var models = new Option<string>("--models") { Description = "Model bundle folder.", DefaultValueFactory = _ => RepoPaths.DefaultModelsDirectory };
        var pages = new Option<string>("--pages") { Description = "Folder of page *.txt files.", DefaultValueFactory = _ => RepoPaths.DefaultPagesDirectory };
        var command = new Command("equivalence", "Checks that the fast scoring paths give bit-identical probabilities to ML.NET's engines on the development pages.")
        {
            models, pages,
        };
        command.SetAction(parse =>
        {
            var scorer = ArticleTagger.Load(parse.GetValue(models)!).Scorer;
            var firstPass = FirstPassEngine(parse.GetValue(models)!, scorer);
            long values = 0, differ = 0, labelsDiffer = 0, firstLabelsDiffer = 0;
            var firstMaxDifference = 0f;
            foreach (var file in Directory.EnumerateFiles(parse.GetValue(pages)!, "*.txt").Order(StringComparer.Ordinal))
            {
                var texts = Segmenter.Split(File.ReadAllText(file)).Select(s => s.Text).ToArray();
                if (texts.Length == 0)
                {
                    continue;
                }

                var features = scorer.Featurizer.Featurize(texts);
                var first = scorer.FirstPass(features);
                for (var i = 0; i < texts.Length; i++)
                {
                    var expected = firstPass(features[i]);
                    for (var l = 0; l < expected.Length; l++)
                    {
                        firstMaxDifference = Math.Max(firstMaxDifference, Math.Abs(expected[l] - first[i][l]));
                    }

                    firstLabelsDiffer += Array.IndexOf(expected, expected.Max()) == Array.IndexOf(first[i], first[i].Max()) ? 0 : 1;
                }

                scorer.UseTrees = false;
                var reference = scorer.Score(texts);
                scorer.UseTrees = true;
                var fast = scorer.Score(texts);
                for (var i = 0; i < texts.Length; i++)
                {
                    for (var l = 0; l < reference[i].Length; l++)
                    {
                        values++;
                        differ += BitConverter.SingleToInt32Bits(reference[i][l]) == BitConverter.SingleToInt32Bits(fast[i][l]) ? 0 : 1;
                    }

                    labelsDiffer += Array.IndexOf(reference[i], reference[i].Max()) == Array.IndexOf(fast[i], fast[i].Max()) ? 0 : 1;
                }
            }

            Console.WriteLine($"First pass from its weights vs ML.NET's engine: largest probability difference {firstMaxDifference:G3}; labels differing: {firstLabelsDiffer:N0}.");
            Console.WriteLine($"Fast context pass available: {scorer.HasTrees}. Probabilities compared: {values:N0}; differing in any bit: {differ:N0}; labels differing: {labelsDiffer:N0}.");
            return differ == 0 && firstMaxDifference <= 1e-5f ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }

    /// <summary>ML.NET's own scoring of the bundle's first pass, over the same hashed features.</summary>
    private static Func<SegmentFeatures, float[]> FirstPassEngine(string models, SegmentScorer scorer)
    {
        var bundle = ModelBundle.Load(models, BundleKinds.ArticleSegments);
        var hasher = new NgramHasher(bundle.Manifest.Featurizer);
        var engine = bundle.Context.Model.CreatePredictionEngine<HashedRow, ScoreRow>(
            bundle.Get(BundleKinds.SegmentsRole).Transformer, inputSchemaDefinition: RowSchemas.ForHashed(hasher.Dimension, scorer.Featurizer.DenseCount));
        return f => engine.Predict(new HashedRow { Ngrams = hasher.ToVector(f.Text), Dense = f.Dense }).Score;
    }
}
