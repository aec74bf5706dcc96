using System.CommandLine;
using System.Globalization;
using Classifier.Bench.Decoding;
using Classifier.Runtime.Tagging;
using Classifier.Train.Evaluation;
using Classifier.Train.Training;

namespace Classifier.Bench.Commands;

/// <summary>
/// <c>decoder</c>: chooses the body decoder's settings of <c>clean</c> on the labelled corpus, never
/// on the development pages. Out-of-fold label probabilities from grouped cross-validation are
/// decoded with every setting of the grid and scored by the pages' shingle measure against the
/// labels' own bodies; the best setting by that F1 is then checked, beside the shipped defaults, the
/// one-block rule and keep-all, on the development folders with a trained model (<c>--models</c>).
/// </summary>
internal static class DecoderCommand
{
    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Labels folder.", DefaultValueFactory = _ => Path.Combine(RepoPaths.Root, "labels") };
        var cache = new Option<string?>("--cache") { Description = "File of cached out-of-fold predictions: read if it exists, else written after the cross-validation." };
        var models = new Option<string?>("--models") { Description = "A trained bundle: check the chosen settings on the development folders with it." };
        var pages = new Option<string[]>("--pages") { Description = "Development folders to check on.", DefaultValueFactory = _ => [.. PagesCommand.DefaultFolders], AllowMultipleArgumentsPerToken = true };
        var drop = new Option<double[]>("--drop-weights") { Description = "Weights per word of dropped probability to try.", DefaultValueFactory = _ => [1, 2, 3], AllowMultipleArgumentsPerToken = true };
        var heading = new Option<double[]>("--heading-weights") { Description = "Weights per word of heading probability to try.", DefaultValueFactory = _ => [0, 0.3, 1], AllowMultipleArgumentsPerToken = true };
        var gap = new Option<double[]>("--gap-costs") { Description = "Costs of entering an interruption to try.", DefaultValueFactory = _ => [0, 4, 8, 16, 32], AllowMultipleArgumentsPerToken = true };
        var gapWord = new Option<double[]>("--gap-word-costs") { Description = "Costs per word inside an interruption to try.", DefaultValueFactory = _ => [0.25, 0.5, 1, 2], AllowMultipleArgumentsPerToken = true };
        var top = new Option<int>("--check") { Description = "Best settings by CV to check on the development folders.", DefaultValueFactory = _ => 10 };
        var command = new Command("decoder", "Cross-validate the body decoder's settings of clean on the labelled corpus, then check them on the development folders.")
        {
            labels, cache, models, pages, drop, heading, gap, gapWord, top,
        };
        command.SetAction(parse =>
        {
            var corpus = OutOfFoldLabels.Load(parse.GetValue(labels)!, parse.GetValue(cache), Console.Out);
            var dropped = new HashSet<string>(ArticleModelBuilder.DefaultDropLabels, StringComparer.Ordinal);
            Console.WriteLine($"{corpus.Articles.Count} articles, out-of-fold label probabilities from grouped 5-fold CV; drop {string.Join(", ", dropped)}");
            var defaults = new BodyDecoderOptions();
            var named = new List<(string Name, BodyDecoderOptions Options)>
            {
                ("labels only", defaults with { Enabled = false }),
                ("one block", new BodyDecoderOptions { DropWeight = 2, HeadingWeight = 0.3, GapCost = double.PositiveInfinity }),
                ("defaults", defaults),
            };
            foreach (var (name, options) in named)
            {
                Report(name, Score(corpus, dropped, options));
            }

            var grid =
                from k in parse.GetValue(drop)!
                from h in parse.GetValue(heading)!
                from c in parse.GetValue(gap)!
                from g in parse.GetValue(gapWord)!
                select defaults with { DropWeight = k, HeadingWeight = h, GapCost = c, GapWordCost = g };
            var scored = grid.Select(o => (Options: o, Score: Score(corpus, dropped, o))).OrderByDescending(s => s.Score.F1).ToArray();
            Console.WriteLine($"Grid of {scored.Length} settings, best 10 by out-of-fold F1:");
            foreach (var (options, score) in scored.Take(10))
            {
                Report(Describe(options), score);
            }

            // The grid's top is flat (within a few thousandths): its best few are all checked on the
            // development folders, where the setting that holds on both is preferred.
            named.AddRange(scored.Take(parse.GetValue(top)).Select((s, i) => ($"CV #{i + 1}", s.Options)));
            var bundle = parse.GetValue(models);
            if (bundle is not null)
            {
                DevCheck.Run(bundle, parse.GetValue(pages)!, named, Console.Out);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static CorpusScore Score(OutOfFoldLabels corpus, IReadOnlySet<string> dropped, BodyDecoderOptions options) =>
        ShingleScorer.Aggregate(corpus.Articles.Select(a =>
        {
            var (_, kept) = PageJudge.Judge(a.Segments, dropped, options);
            return ShingleScorer.ScorePage(a.GoldBody, string.Join('\n', kept.Select(i => a.Segments[i].Text)));
        }));

    internal static string Describe(BodyDecoderOptions o) =>
        string.Create(CultureInfo.InvariantCulture, $"drop {o.DropWeight}, heading {o.HeadingWeight}, gap {o.GapCost}, gap/word {o.GapWordCost}");

    private static void Report(string name, CorpusScore score) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-44} P {score.Precision:F4}  R {score.Recall:F4}  F1 {score.F1:F4}"));
}
