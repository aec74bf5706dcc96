using System.Diagnostics;
using Classifier.Runtime.Tagging;
using Classifier.Train.Evaluation;

namespace Classifier.Bench.Pages;

/// <summary>Cleans each development page with a tagger and scores it, and the whole page text, against the gold body.</summary>
internal static class PagesBenchmark
{
    public static PagesResult Run(DevPageSet pageSet, ArticleTagger tagger, string modelsDirectory)
    {
        var drop = new HashSet<string>(tagger.DropLabels, StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        var pages = new List<PageResult>(pageSet.Pages.Count);
        foreach (var page in pageSet.Pages)
        {
            var tagged = tagger.Tag(page.Text);
            var cleaned = tagger.CleanTagged(tagged);
            var gold = ShingleScorer.Shingles(page.GoldBody);
            var segments = tagged.Segments.Select(s => Describe(s, !drop.Contains(s.Label), gold)).ToArray();
            pages.Add(new PageResult(
                page,
                segments,
                ShingleScorer.ScorePage(page.GoldBody, cleaned),
                ShingleScorer.ScorePage(page.GoldBody, page.Text)));
        }

        watch.Stop();
        return new PagesResult(
            Path.GetFullPath(pageSet.Directory),
            Path.GetFullPath(modelsDirectory),
            pages,
            ShingleScorer.Aggregate(pages.Select(p => p.Model)),
            ShingleScorer.Aggregate(pages.Select(p => p.KeepAll)),
            watch.Elapsed);
    }

    private static SegmentResult Describe(TaggedSegment segment, bool kept, Dictionary<string, int> gold)
    {
        var shingles = ShingleScorer.Shingles(segment.Text);
        var inGold = shingles.Sum(s => Math.Min(s.Value, gold.GetValueOrDefault(s.Key)));
        return new SegmentResult(
            segment.Index,
            segment.Label,
            segment.Confidence,
            kept,
            ShingleScorer.Tokenize(segment.Text).Count,
            shingles.Values.Sum(),
            inGold);
    }
}

/// <summary>The benchmark's outcome over all pages.</summary>
internal sealed record PagesResult(
    string PagesDirectory,
    string ModelsDirectory,
    IReadOnlyList<PageResult> Pages,
    CorpusScore Model,
    CorpusScore KeepAll,
    TimeSpan Elapsed);

/// <summary>One page: its segments and the scores of the cleaned text and of the whole text.</summary>
internal sealed record PageResult(DevPage Page, IReadOnlyList<SegmentResult> Segments, PageScore Model, PageScore KeepAll)
{
    public int Kept => Segments.Count(s => s.Kept);
}

/// <summary>
/// One segment of a page: its label, whether cleaning keeps it, and how many of its own shingles
/// (taken from the segment alone) are also in the gold body.
/// </summary>
internal sealed record SegmentResult(int Index, string Label, float Confidence, bool Kept, int Tokens, int Shingles, int InGold);
