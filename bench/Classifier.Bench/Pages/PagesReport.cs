using System.Globalization;
using System.Text.Json;
using Classifier.Train.Evaluation;

namespace Classifier.Bench.Pages;

/// <summary>Prints and saves the figures of a <see cref="PagesResult"/>. Never writes page text.</summary>
internal static class PagesReport
{
    private const int IdPrefixLength = 8;
    private const int HostWidth = 28;

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Pages worst first: by the cleaned text's page F1, then by id.</summary>
    public static IEnumerable<PageResult> WorstFirst(PagesResult result) =>
        result.Pages.OrderBy(p => p.Model.F1).ThenBy(p => p.Page.Id, StringComparer.Ordinal);

    public static void WriteText(PagesResult result, TextWriter output, int worst)
    {
        output.WriteLine($"Development pages: {result.Pages.Count} in {result.PagesDirectory}");
        output.WriteLine($"Models: {result.ModelsDirectory}");
        output.WriteLine($"Tagged and cleaned in {result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        output.WriteLine();
        output.WriteLine($"{"",-10} {"precision",9} {"recall",7} {"F1",7}");
        WriteOverall(output, "cleaned", result.Model);
        WriteOverall(output, "keep-all", result.KeepAll);
        output.WriteLine($"(precision over {result.Model.PrecisionPages} pages, recall over {result.Model.RecallPages} pages)");
        var peers = PeerFigures.Read(result.PagesDirectory);
        if (peers.Count > 0)
        {
            output.WriteLine($"Published F1 of extractors reading the HTML ({PeerFigures.ReadmeFileName}): {string.Join(", ", peers.Select(p => $"{p.Name} {F(p.F1)}"))}");
        }

        output.WriteLine();
        var patterns = result.Pages.GroupBy(p => PagePattern.Of(p.Model)).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"Pages by pattern: {string.Join(", ", PagePattern.All.Select(p => $"{p} {patterns.GetValueOrDefault(p)}"))}");
        output.WriteLine($"Pages by verdict: {string.Join(", ", result.Pages.GroupBy(p => p.Verdict.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}");
        output.WriteLine();

        output.WriteLine("By label (shingles of each segment alone; 'in gold' = also in the gold body):");
        output.WriteLine($"{"label",-16} {"action",-6} {"segments",8} {"shingles",9} {"in gold",8} {"share",6}");
        foreach (var group in result.Pages.SelectMany(p => p.Segments).GroupBy(s => (s.Label, s.Kept)).OrderBy(g => g.Key.Kept ? 0 : 1).ThenBy(g => g.Key.Label, StringComparer.Ordinal))
        {
            var shingles = group.Sum(s => s.Shingles);
            var inGold = group.Sum(s => s.InGold);
            output.WriteLine($"{group.Key.Label,-16} {(group.Key.Kept ? "keep" : "drop"),-6} {group.Count(),8} {shingles,9} {inGold,8} {Ratio(inGold, shingles),6}");
        }

        output.WriteLine();
        output.WriteLine(worst == 0 ? "Pages, worst first:" : $"Worst {worst} pages:");
        output.WriteLine($"{"id",-IdPrefixLength} {"host",-HostWidth} {"P",5} {"R",5} {"F1",5} {"segs",5} {"kept",5} {"TP",6} {"FP",6} {"FN",6} {"verdict",-10} pattern");
        var listed = WorstFirst(result);
        foreach (var page in worst == 0 ? listed : listed.Take(worst))
        {
            var host = page.Page.Host.Length > HostWidth ? page.Page.Host[..HostWidth] : page.Page.Host;
            var score = page.Model;
            output.WriteLine(
                $"{page.Page.Id[..Math.Min(IdPrefixLength, page.Page.Id.Length)],-IdPrefixLength} {host,-HostWidth} {F(score.Precision),5} {F(score.Recall),5} {F(score.F1),5} "
                + $"{page.Segments.Count,5} {page.Kept,5} {score.TruePositives,6} {score.FalsePositives,6} {score.FalseNegatives,6} {page.Verdict.Name,-10} {PagePattern.Of(score)}");
        }
    }

    public static void WriteJson(PagesResult result, string path)
    {
        var document = new
        {
            pagesDirectory = result.PagesDirectory,
            modelsDirectory = result.ModelsDirectory,
            seconds = result.Elapsed.TotalSeconds,
            overall = new { cleaned = result.Model, keepAll = result.KeepAll },
            published = PeerFigures.Read(result.PagesDirectory).Select(p => new { name = p.Name, f1 = p.F1 }),
            pages = WorstFirst(result).Select(p => new
            {
                id = p.Page.Id,
                url = p.Page.Url,
                host = p.Page.Host,
                segments = p.Segments.Count,
                kept = p.Kept,
                pattern = PagePattern.Of(p.Model),
                page = p.Verdict.Name,
                pageConfidence = p.Verdict.Confidence,
                cleaned = Figures(p.Model),
                keepAll = Figures(p.KeepAll),
            }),
        };
        WriteAllText(path, JsonSerializer.Serialize(document, JsonOptions) + "\n");
    }

    public static void WriteSegmentsCsv(PagesResult result, string path)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.WriteLine("page,host,index,label,kept,confidence,tokens,shingles,inGold");
        foreach (var page in result.Pages)
        {
            foreach (var s in page.Segments)
            {
                writer.WriteLine(string.Join(
                    ',',
                    page.Page.Id,
                    page.Page.Host,
                    s.Index.ToString(CultureInfo.InvariantCulture),
                    s.Label,
                    s.Kept ? "true" : "false",
                    s.Confidence.ToString("0.000", CultureInfo.InvariantCulture),
                    s.Tokens.ToString(CultureInfo.InvariantCulture),
                    s.Shingles.ToString(CultureInfo.InvariantCulture),
                    s.InGold.ToString(CultureInfo.InvariantCulture)));
            }
        }

        WriteAllText(path, writer.ToString());
    }

    private static object Figures(PageScore score) => new
    {
        tp = score.TruePositives,
        fp = score.FalsePositives,
        fn = score.FalseNegatives,
        precision = score.Precision,
        recall = score.Recall,
        f1 = score.F1,
    };

    private static void WriteOverall(TextWriter output, string name, CorpusScore score) =>
        output.WriteLine($"{name,-10} {F(score.Precision),9} {F(score.Recall),7} {F(score.F1),7}");

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Ratio(int part, int whole) => whole == 0 ? "-" : F((double)part / whole);

    private static void WriteAllText(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, text);
    }
}
