using System.CommandLine;
using System.Globalization;
using Classifier.Runtime.Features;
using Classifier.Runtime.Tagging;
using Classifier.Train.Evaluation;
using Classifier.Train.Labels;
using Classifier.Train.Training;
using Microsoft.ML;

namespace Classifier.Bench.Commands;

/// <summary>
/// <c>decoder</c>: settles the main-block weights of <c>clean</c> on the labelled corpus, never on
/// the development pages. Out-of-fold labels from grouped cross-validation are decoded with each
/// weight pair and scored by the article-body shingle measure against the labels' own bodies
/// (report and social-quote segments, and headings after the first report paragraph).
/// </summary>
internal static class DecoderCommand
{
    private static readonly HashSet<string> Body = new(StringComparer.Ordinal) { "news-report", "social-quote" };
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "boilerplate", "unrelated-link" };

    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Labels folder.", DefaultValueFactory = _ => Path.Combine(RepoPaths.Root, "labels") };
        var drop = new Option<double[]>("--drop-weights") { Description = "Weights per word of dropped segments to try.", DefaultValueFactory = _ => [1, 2, 3, 4, 6], AllowMultipleArgumentsPerToken = true };
        var heading = new Option<double[]>("--heading-weights") { Description = "Weights per word of headings to try.", DefaultValueFactory = _ => [0, 0.3, 1], AllowMultipleArgumentsPerToken = true };
        var command = new Command("decoder", "Cross-validate the main-block weights of clean on the labelled corpus.") { labels, drop, heading };
        command.SetAction(parse =>
        {
            var corpus = LabelReader.ReadFolder(parse.GetValue(labels)!);
            var options = new TrainingOptions();
            var featurizer = new ArticleFeaturizer(new FeaturizerOptions());
            var hasher = new NgramHasher(featurizer.Options);
            var names = corpus.Segments.Select(s => s.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var articles = corpus.Articles.Select(a => FeaturizedArticle.Create(a, featurizer, hasher)).ToArray();
            var cv = SegmentCrossValidator.Run(new SegmentModelTrainer(new MLContext(options.Seed), featurizer, hasher, options, names), articles, names, options);
            var predicted = cv.Predictions.ToLookup(p => p.Article);
            Console.WriteLine($"{corpus.Articles.Count} articles, out-of-fold labels from {options.Folds}-fold grouped CV");
            Report("no main block", corpus, predicted, null);
            foreach (var k in parse.GetValue(drop)!)
            {
                foreach (var h in parse.GetValue(heading)!)
                {
                    Report($"drop {k}, heading {h}", corpus, predicted, new TaggerOptions { BlockDropWeight = k, BlockHeadingWeight = h });
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Report(string name, LabelCorpus corpus, ILookup<string, SegmentPrediction> predicted, TaggerOptions? block)
    {
        var pages = corpus.Articles.Select(a =>
        {
            var labels = predicted[a.Id].OrderBy(p => p.Index).Select(p => p.Predicted).ToArray();
            var tagged = a.Segments.Select((s, i) => new TaggedSegment(i, 0, s.Text.Length, s.Text, labels[i], 1f, new Dictionary<string, float>())).ToArray();
            var (first, last) = block is null ? (0, tagged.Length - 1) : MainBlock.Find(tagged, Dropped, block);
            var kept = tagged.Where(t => t.Index >= first && t.Index <= last && !Dropped.Contains(t.Label)).Select(t => t.Text);
            return ShingleScorer.ScorePage(GoldBody(a), string.Join('\n', kept));
        });
        var score = ShingleScorer.Aggregate(pages);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-24} P {score.Precision:F3}  R {score.Recall:F3}  F1 {score.F1:F3}"));
    }

    private static string GoldBody(LabelledArticle article)
    {
        var firstBody = article.Segments.ToList().FindIndex(s => Body.Contains(s.Label));
        return string.Join('\n', article.Segments.Where((s, i) => Body.Contains(s.Label) || (s.Label == "heading" && firstBody >= 0 && i > firstBody)).Select(s => s.Text));
    }
}
