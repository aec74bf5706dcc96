using System.CommandLine;
using Classifier.Bench.Pages;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Tagging;
using Classifier.Train.Evaluation;

namespace Classifier.Bench.Commands;

/// <summary>
/// <c>pages</c>: clean the pages of each development folder (by default both) and score them against
/// their gold bodies, beside keep-all and the extractors' published figures, with every page's
/// error pattern.
/// </summary>
internal static class PagesCommand
{
    /// <summary>The development folders: <c>../shared/pages-dev</c> and <c>../shared/pages-modern-dev</c>.</summary>
    public static IReadOnlyList<string> DefaultFolders =>
        [RepoPaths.DefaultPagesDirectory, Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "pages-modern-dev"))];

    public static Command Create()
    {
        var models = new Option<string>("--models") { Description = "Model bundle folder.", DefaultValueFactory = _ => RepoPaths.DefaultModelsDirectory };
        var pages = new Option<string[]>("--pages") { Description = "Development pages folders (ID.txt files and gold.json); default both.", DefaultValueFactory = _ => [.. DefaultFolders], AllowMultipleArgumentsPerToken = true };
        var json = new Option<string?>("--json") { Description = "Also write the figures to this JSON file (one per folder, named after it, when there are several)." };
        var segments = new Option<string?>("--segments") { Description = "Also write one CSV row per segment (label, shingles, share found in gold; no page text) for error analysis (one per folder when there are several)." };
        var worst = new Option<int>("--worst") { Description = "Pages to list, worst first (0 lists all).", DefaultValueFactory = _ => 0 };
        var command = new Command("pages", "Cleans every page of the development folders and scores it against the gold article body (shingle precision, recall, F1), beside keep-all and the published extractors.")
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

    public static int Run(string models, IReadOnlyList<string> pages, string? json, string? segments, int worst, TextWriter output, TextWriter errors)
    {
        if (worst < 0)
        {
            errors.WriteLine("error: --worst must be 0 or more.");
            return ExitCodes.Usage;
        }

        ArticleTagger tagger;
        try
        {
            tagger = ArticleTagger.Load(models);
        }
        catch (ModelBundleException e)
        {
            errors.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }

        var summary = new List<(string Folder, PagesResult Result)>();
        foreach (var folder in pages)
        {
            DevPageSet pageSet;
            try
            {
                pageSet = DevPageSet.Load(folder);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
            {
                errors.WriteLine($"error: {e.Message}");
                return ExitCodes.Failed;
            }

            var result = PagesBenchmark.Run(pageSet, tagger, models);
            PagesReport.WriteText(result, output, worst);
            output.WriteLine();
            if (json is not null)
            {
                PagesReport.WriteJson(result, PerFolder(json, folder, pages.Count));
                output.WriteLine($"Wrote {PerFolder(json, folder, pages.Count)}.");
            }

            if (segments is not null)
            {
                PagesReport.WriteSegmentsCsv(result, PerFolder(segments, folder, pages.Count));
                output.WriteLine($"Wrote {PerFolder(segments, folder, pages.Count)}.");
            }

            summary.Add((Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), result));
        }

        output.WriteLine("Summary:");
        foreach (var (folder, result) in summary)
        {
            output.WriteLine(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{folder,-20} F1 {result.Model.F1:F4} (P {result.Model.Precision:F4}, R {result.Model.Recall:F4}); keep-all {result.KeepAll.F1:F4}"));
        }

        return ExitCodes.Success;
    }

    /// <summary>With several folders, <c>out.json</c> becomes <c>out-FOLDER.json</c>; with one, the path as given.</summary>
    private static string PerFolder(string path, string folder, int folders) =>
        folders == 1 ? path : Path.Combine(Path.GetDirectoryName(path) ?? "", $"{Path.GetFileNameWithoutExtension(path)}-{Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}{Path.GetExtension(path)}");
}
