using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Classifier.Bench.Speed;
using Classifier.Runtime.Segmentation;
using Classifier.Runtime.Tagging;
using Classifier.Train.Api;

namespace Classifier.Bench.Commands;

/// <summary>
/// <c>latency</c>: model load time, the time to tag one 30-segment article after load (median and
/// p95), optionally the training time of the default models, and a per-stage profile.
/// </summary>
internal static class LatencyCommand
{
    public static Command Create()
    {
        var models = new Option<string>("--models") { Description = "Model bundle folder.", DefaultValueFactory = _ => RepoPaths.DefaultModelsDirectory };
        var pages = new Option<string>("--pages") { Description = "Folder of real page *.txt files to cut articles from.", DefaultValueFactory = _ => RepoPaths.DefaultPagesDirectory };
        var runs = new Option<int>("--runs") { Description = "Timed single-article tags.", DefaultValueFactory = _ => 2000 };
        var profileRounds = new Option<int>("--profile-rounds") { Description = "Passes over the pages for the stage profile (0 skips it).", DefaultValueFactory = _ => 3 };
        var train = new Option<bool>("--train") { Description = "Also time training the default models (--folds 0) into a temporary folder." };
        var labels = new Option<string>("--labels") { Description = "Labels folder for --train.", DefaultValueFactory = _ => Path.Combine(RepoPaths.Root, "labels") };
        var command = new Command("latency", "Model load time, single-article tag latency (median, p95), training time and a per-stage profile.")
        {
            models, pages, runs, profileRounds, train, labels,
        };
        command.SetAction(parse => Run(parse.GetValue(models)!, parse.GetValue(pages)!, parse.GetValue(runs), parse.GetValue(profileRounds), parse.GetValue(train), parse.GetValue(labels)!, Console.Out));
        return command;
    }

    private static int Run(string models, string pagesFolder, int runs, int profileRounds, bool train, string labels, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var tagger = ArticleTagger.Load(models);
        var load = clock.Elapsed;
        var texts = Directory.EnumerateFiles(pagesFolder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var articles = texts.Select(t => Segmenter.Split(t)).Where(s => s.Count >= 30).Select(s => string.Join('\n', s.Skip((s.Count - 30) / 2).Take(30).Select(x => x.Text))).ToArray();
        clock.Restart();
        tagger.Tag(articles[0]);
        var firstTag = clock.Elapsed;
        output.WriteLine(Ms($"Model load: {load.TotalMilliseconds:F0} ms (first tag after load: {firstTag.TotalMilliseconds:F1} ms)"));

        for (var i = 0; i < Math.Min(runs, 500); i++)
        {
            tagger.Tag(articles[i % articles.Length]);
        }

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            tagger.Tag(articles[i % articles.Length]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        output.WriteLine(Ms($"Tag one 30-segment article ({articles.Length} real articles, {runs} runs): median {times[runs / 2]:F3} ms, p95 {times[(int)(runs * 0.95)]:F3} ms, p99 {times[(int)(runs * 0.99)]:F3} ms"));

        if (profileRounds > 0)
        {
            StageProfile.Run(tagger, texts, profileRounds, output);
        }

        if (train)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"classifier-train-{Environment.ProcessId}");
            clock.Restart();
            ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = labels, Output = folder, Folds = 0 });
            output.WriteLine(Ms($"Training the default models (--folds 0): {clock.Elapsed.TotalSeconds:F1} s"));
            Directory.Delete(folder, true);
        }

        return ExitCodes.Success;
    }

    private static string Ms(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
