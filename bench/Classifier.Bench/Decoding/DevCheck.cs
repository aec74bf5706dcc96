using System.Globalization;
using Classifier.Runtime.Tagging;
using Classifier.Train.Evaluation;

namespace Classifier.Bench.Decoding;

/// <summary>
/// Checks a few decoder settings on development folders: each page is tagged once with the bundle,
/// then decoded with every setting and scored against its gold body. For checking settings chosen
/// elsewhere, not for choosing among many.
/// </summary>
internal static class DevCheck
{
    public static void Run(string models, IReadOnlyList<string> folders, IReadOnlyList<(string Name, BodyDecoderOptions Options)> settings, TextWriter output)
    {
        var tagger = ArticleTagger.Load(models, new TaggerOptions { FindQuotes = false });
        var drop = new HashSet<string>(tagger.DropLabels, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var pages = DevPageSet.Load(folder).Pages.Select(p => (p.GoldBody, Tagged: tagger.Tag(p.Text))).ToArray();
            output.WriteLine($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))} ({pages.Length} pages):");
            foreach (var (name, options) in settings)
            {
                var score = ShingleScorer.Aggregate(pages.Select(p =>
                {
                    var (_, kept) = PageJudge.Judge(p.Tagged.Segments, drop, options);
                    return ShingleScorer.ScorePage(p.GoldBody, string.Join('\n', kept.Select(i => p.Tagged.Segments[i].Text)));
                }));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-12} {(options.Enabled ? Commands.DecoderCommand.Describe(options) : "no decoder"),-44} P {score.Precision:F4}  R {score.Recall:F4}  F1 {score.F1:F4}"));
            }
        }
    }

}
