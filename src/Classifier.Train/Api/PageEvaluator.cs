using Classifier.Runtime.Html;
using Classifier.Runtime.Tagging;
using Classifier.Train.Evaluation;

namespace Classifier.Train.Api;

/// <summary>
/// Scores a tagger's <c>clean</c> on the development pages, from their text dumps or from their
/// HTML (the pages that have it), and counts the segments it got wrong.
/// </summary>
internal static class PageEvaluator
{
    /// <summary>A segment is "in the gold body" when at least this share of its shingles is.</summary>
    private const double InGoldShare = 0.5;

    public static PageEvaluation Run(ArticleTagger tagger, DevPageSet pageSet, bool fromHtml = false)
    {
        var pages = fromHtml ? [.. pageSet.Pages.Where(p => p.HtmlFile is not null)] : pageSet.Pages;
        var outcomes = new List<PageOutcome>(pages.Count);
        var scores = new List<PageScore>(pages.Count);
        var keepAll = new List<PageScore>(pages.Count);
        foreach (var page in pages)
        {
            var html = fromHtml ? HtmlReader.Read(File.ReadAllBytes(page.HtmlFile!)) : null;
            var tagged = html is null ? tagger.Tag(page.Text) : tagger.TagHtml(html);
            var kept = tagger.KeptSegments(tagged).Select(s => s.Index).ToHashSet();
            var score = ShingleScorer.ScorePage(page.GoldBody, tagger.CleanTagged(tagged));
            var gold = ShingleScorer.Shingles(page.GoldBody);
            var keptNotInGold = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var droppedInGold = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var segment in tagged.Segments)
            {
                var inGold = InGold(segment.Text, gold);
                var errors = kept.Contains(segment.Index) ? (inGold ? null : keptNotInGold) : (inGold ? droppedInGold : null);
                if (errors is not null)
                {
                    errors[segment.Label] = errors.GetValueOrDefault(segment.Label) + 1;
                }
            }

            scores.Add(score);
            keepAll.Add(ShingleScorer.ScorePage(page.GoldBody, html?.Text ?? page.Text));
            outcomes.Add(new PageOutcome(page.Id, page.Host, score.Precision, score.Recall, score.F1, tagged.Segments.Count, kept.Count, keptNotInGold, droppedInGold));
        }

        var corpus = ShingleScorer.Aggregate(scores);
        return new PageEvaluation(outcomes, corpus.Precision, corpus.Recall, corpus.F1, ShingleScorer.Aggregate(keepAll).F1);
    }

    private static bool InGold(string text, Dictionary<string, int> gold)
    {
        var shingles = ShingleScorer.Shingles(text);
        var total = shingles.Values.Sum();
        var inGold = shingles.Sum(s => Math.Min(s.Value, gold.GetValueOrDefault(s.Key)));
        return total > 0 && inGold >= InGoldShare * total;
    }
}
