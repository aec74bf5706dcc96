using System.CommandLine;
using Classifier.Bench.Pages;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Tagging;
using Classifier.Train.Evaluation;

namespace Classifier.Bench.Commands;

/// <summary><c>pages</c>: clean the development pages and score them against their gold bodies.</summary>
internal static class PagesCommand
{
    public static Command Create()
    {
        var models = new Option<string>("--models") { Description = "Model bundle folder.", DefaultValueFactory = _ => RepoPaths.DefaultModelsDirectory };
        var pages = new Option<string>("--pages") { Description = "Development pages folder (ID.txt files and gold.json).", DefaultValueFactory = _ => RepoPaths.DefaultPagesDirectory };
        var json = new Option<string?>("--json") { Description = "Also write the figures to this JSON file." };
        var segments = new Option<string?>("--segments") { Description = "Also write one CSV row per segment (label, shingles, share found in gold; no page text) for error analysis." };
        var worst = new Option<int>("--worst") { Description = "Pages to list, worst first (0 lists all).", DefaultValueFactory = _ => 0 };
        var command = new Command("pages", "Cleans every development page and scores it against the gold article body (shingle precision, recall, F1), beside the keep-all baseline.")
        {
            models, pages, json, segments, worst,
        };
        command.SetAction(parse => Run(
            parse.GetValue(models)!,
            parse.GetValue(pages)!,
            parse.GetValue(json),
            parse.GetValue(segments),
            parse.GetValue(worst),
            Console.Out,
            Console.Error));
        return command;
    }

    public static int Run(string models, string pages, string? json, string? segments, int worst, TextWriter output, TextWriter errors)
    {
        if (worst < 0)
        {
            errors.WriteLine("error: --worst must be 0 or more.");
            return ExitCodes.Usage;
        }

        DevPageSet pageSet;
        ArticleTagger tagger;
        try
        {
            pageSet = DevPageSet.Load(pages);
            tagger = ArticleTagger.Load(models);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or ModelBundleException or UnauthorizedAccessException)
        {
            errors.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }

        var result = PagesBenchmark.Run(pageSet, tagger, models);
        PagesReport.WriteText(result, output, worst);
        if (json is not null)
        {
            PagesReport.WriteJson(result, json);
            output.WriteLine($"Wrote {json}.");
        }

        if (segments is not null)
        {
            PagesReport.WriteSegmentsCsv(result, segments);
            output.WriteLine($"Wrote {segments}.");
        }

        return ExitCodes.Success;
    }
}
