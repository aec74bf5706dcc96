using System.CommandLine;
using System.Text;
using System.Text.Json;
using Classifier.Runtime.Features;
using Classifier.Runtime.Segmentation;
using Classifier.Train.Labels;

namespace Classifier.Bench.Commands;

/// <summary>
/// <c>export-fasttext</c>: the labelled segments as fastText training lines (<c>__label__X text</c>),
/// or, with <c>--segments-of</c>, every segment of a JSON Lines batch one a line, for <c>fasttext predict</c>.
/// Text is normalised as our first pass sees it (lower case, digits folded, cut to 1,000 characters).
/// </summary>
internal static class ExportFastTextCommand
{
    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Folder of label CSVs.", DefaultValueFactory = _ => Path.Combine(RepoPaths.Root, "labels") };
        var segmentsOf = new Option<string?>("--segments-of") { Description = "Instead of training lines, write the segments of this JSON Lines batch ({\"id\",\"text\"}), one a line." };
        var output = new Option<string>("--out") { Description = "File to write.", Required = true };
        var command = new Command("export-fasttext", "Writes fastText training lines from the labels, or the segments of a JSON Lines batch for fasttext predict.")
        {
            labels, segmentsOf, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var featurizer = new ArticleFeaturizer(new FeaturizerOptions());
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
            long lines = 0;
            if (parse.GetValue(segmentsOf) is { } jsonl)
            {
                foreach (var raw in File.ReadLines(jsonl))
                {
                    using var doc = JsonDocument.Parse(raw);
                    foreach (var segment in Segmenter.Split(doc.RootElement.GetProperty("text").GetString()!))
                    {
                        writer.WriteLine(OneLine(featurizer.NormaliseText(segment.Text)));
                        lines++;
                    }
                }
            }
            else
            {
                var corpus = LabelReader.ReadFolder(parse.GetValue(labels)!);
                foreach (var segment in corpus.Segments)
                {
                    writer.WriteLine($"__label__{segment.Label} {OneLine(featurizer.NormaliseText(segment.Text))}");
                    lines++;
                }
            }

            Console.Error.WriteLine($"Wrote {lines:N0} lines to {path}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
