using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Classifier.Bench.Pages;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Tagging;
using Classifier.Train.Evaluation;

namespace Classifier.Bench.Commands;

/// <summary><c>html-pages</c>: HTML input against text input and SmartReader on the development folders.</summary>
internal static class HtmlPagesCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private const int IdPrefixLength = 8;

    public static Command Create()
    {
        var models = new Option<string>("--models") { Description = "Model bundle folder.", DefaultValueFactory = _ => RepoPaths.DefaultModelsDirectory };
        var pages = new Option<string[]>("--pages")
        {
            Description = "Development folders (ID.txt, ID.html.gz, gold.json); repeat for several.",
            DefaultValueFactory = _ => [RepoPaths.DefaultPagesDirectory, Path.Combine(Path.GetDirectoryName(RepoPaths.DefaultPagesDirectory)!, "pages-modern-dev")],
        };
        var json = new Option<string?>("--json") { Description = "Also write the figures to this JSON file." };
        var worst = new Option<int>("--worst") { Description = "Pages to list per folder, worst HTML input first.", DefaultValueFactory = _ => 0 };
        var command = new Command("html-pages", "Scores HTML input, text input and SmartReader on the same development pages (shingle F1), with pages per second.")
        {
            models, pages, json, worst,
        };
        command.SetAction(parse => Run(parse.GetValue(models)!, parse.GetValue(pages)!, parse.GetValue(json), parse.GetValue(worst), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string models, string[] folders, string? json, int worst, TextWriter output, TextWriter errors)
    {
        ArticleTagger tagger, withoutStructure;
        DevPageSet[] sets;
        try
        {
            tagger = ArticleTagger.Load(models);
            withoutStructure = ArticleTagger.Load(models, new TaggerOptions { UseHtmlStructure = false });
            sets = [.. folders.Select(DevPageSet.Load)];
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or ModelBundleException or UnauthorizedAccessException)
        {
            errors.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }

        var results = sets.Select(s => HtmlPagesBenchmark.Run(s, tagger, withoutStructure)).ToArray();
        foreach (var result in results)
        {
            Write(result, output, worst);
        }

        if (json is not null)
        {
            File.WriteAllText(json, JsonSerializer.Serialize(results.Select(r => new
            {
                pagesDirectory = r.PagesDirectory,
                pages = r.Pages.Count,
                extractors = r.Extractors.Select(e => new { name = e.Name, precision = e.Score.Precision, recall = e.Score.Recall, f1 = e.Score.F1, seconds = e.Elapsed.TotalSeconds, pagesPerSecond = e.PagesPerSecond(r.Pages.Count) }),
            }), Indented));
            output.WriteLine($"Wrote {json}.");
        }

        return ExitCodes.Success;
    }

    private static void Write(HtmlPagesResult result, TextWriter output, int worst)
    {
        output.WriteLine($"{result.PagesDirectory}: {result.Pages.Count} pages");
        output.WriteLine($"{"",-26} {"precision",9} {"recall",7} {"F1",7} {"pages/s",9}");
        foreach (var e in result.Extractors)
        {
            output.WriteLine($"{e.Name,-26} {F(e.Score.Precision),9} {F(e.Score.Recall),7} {F(e.Score.F1),7} {e.PagesPerSecond(result.Pages.Count).ToString("0.0", CultureInfo.InvariantCulture),9}");
        }

        var t = result.Titles;
        output.WriteLine($"text input's title: found on {t.TextTitles} of the {t.HtmlTitles} pages whose HTML declares one, the same title on {t.Agreeing}");

        if (worst > 0)
        {
            var names = result.Extractors.Select(e => e.Name).ToArray();
            output.WriteLine($"Worst {worst} pages by HTML input (F1 of: {string.Join(", ", names)}):");
            var html = result.Extractors[1].PerPage;
            foreach (var i in Enumerable.Range(0, result.Pages.Count).OrderBy(i => html[i].F1).Take(worst))
            {
                var page = result.Pages[i];
                output.WriteLine($"{page.Id[..Math.Min(IdPrefixLength, page.Id.Length)],-IdPrefixLength} {page.Host,-30} {string.Join(" ", result.Extractors.Select(e => F(e.PerPage[i].F1)))}");
            }
        }

        output.WriteLine();
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
