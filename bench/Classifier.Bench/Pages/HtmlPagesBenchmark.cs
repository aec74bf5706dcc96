using System.Diagnostics;
using Classifier.Runtime.Html;
using Classifier.Runtime.Tagging;
using Classifier.Train.Evaluation;

namespace Classifier.Bench.Pages;

/// <summary>
/// Scores one development folder three ways on the same pages: our text input (the page's text
/// dump), our HTML input (the page's HTML, with and without its structure in the decoder), and
/// SmartReader (a Readability port) on the same HTML; each timed over the whole folder.
/// </summary>
internal static class HtmlPagesBenchmark
{
    public static HtmlPagesResult Run(DevPageSet pageSet, ArticleTagger tagger, ArticleTagger withoutStructure)
    {
        var pages = pageSet.Pages.Where(p => p.HtmlFile is not null).ToArray();
        var html = pages.Select(p => File.ReadAllBytes(p.HtmlFile!)).ToArray();

        var text = Time(pages, (p, _) => tagger.CleanTagged(tagger.Tag(p.Text)));
        var structured = Time(pages, (_, i) => tagger.CleanTagged(tagger.TagHtml(HtmlReader.Read(html[i]))));
        var plain = Time(pages, (_, i) => withoutStructure.CleanTagged(withoutStructure.TagHtml(HtmlReader.Read(html[i]))));
        var keepAll = Time(pages, (_, i) => HtmlReader.Read(html[i]).Text);
        var smart = Time(pages, (p, i) => new SmartReader.Reader(p.Url, HtmlReader.Decode(html[i], long.MaxValue, out _)).GetArticle().TextContent ?? "");
        var titles = pages.Select((p, i) => (Text: tagger.Tag(p.Text).Metadata.Title, Html: HtmlReader.Read(html[i]).Metadata.Title)).ToArray();

        return new HtmlPagesResult(
            Path.GetFullPath(pageSet.Directory),
            pages,
            [
                Score("text input", pages, text),
                Score("HTML input", pages, structured),
                Score("HTML input, no structure", pages, plain),
                Score("HTML keep-all", pages, keepAll),
                Score("SmartReader 0.11.1", pages, smart),
            ],
            new TitleAgreement(titles.Count(t => t.Html is not null), titles.Count(t => t.Html is not null && t.Text is not null), titles.Count(t => TitleAgreement.Agree(t.Text, t.Html))));
    }

    private static (string[] Outputs, TimeSpan Elapsed) Time(DevPage[] pages, Func<DevPage, int, string> extract)
    {
        var outputs = new string[pages.Length];
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < pages.Length; i++)
        {
            outputs[i] = extract(pages[i], i);
        }

        return (outputs, watch.Elapsed);
    }

    private static ExtractorScore Score(string name, DevPage[] pages, (string[] Outputs, TimeSpan Elapsed) run)
    {
        var scores = pages.Select((p, i) => ShingleScorer.ScorePage(p.GoldBody, run.Outputs[i])).ToArray();
        return new ExtractorScore(name, ShingleScorer.Aggregate(scores), scores, run.Elapsed);
    }
}

/// <summary>The figures of one development folder.</summary>
internal sealed record HtmlPagesResult(string PagesDirectory, IReadOnlyList<DevPage> Pages, IReadOnlyList<ExtractorScore> Extractors, TitleAgreement Titles);

/// <summary>
/// How often the title text input reads from a page's text dump is the title its HTML declares: of
/// the pages whose HTML has one, those where text input found a title, and those where the two
/// agree (one contains the other once case and spacing are folded; sites append " - Site name").
/// </summary>
internal sealed record TitleAgreement(int HtmlTitles, int TextTitles, int Agreeing)
{
    public static bool Agree(string? text, string? html)
    {
        if (text is null || html is null)
        {
            return false;
        }

        var (a, b) = (Fold(text), Fold(html));
        return a.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    private static string Fold(string s) => string.Join(' ', s.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One way of extracting the body: its corpus score, its per-page scores (in page order) and its time over the folder.</summary>
internal sealed record ExtractorScore(string Name, CorpusScore Score, IReadOnlyList<PageScore> PerPage, TimeSpan Elapsed)
{
    public double PagesPerSecond(int pages) => pages / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
