using Classifier.Runtime.Quotes;
using Classifier.Train.Labels;

namespace Classifier.Train.Evaluation;

/// <summary>
/// Measures the quote finder on labelled articles that training never sees (<c>eval/heldout-quotes</c>,
/// in the corpus format): a found quote matches a labelled one in the same segment when their texts
/// overlap (one holds the other, or they share their first <see cref="OverlapChars"/> characters).
/// </summary>
internal static class QuoteFinderEvaluation
{
    private const int OverlapChars = 20;

    public static QuoteFinderFigures Run(string folder)
    {
        var corpus = LabelReader.ReadFolder(folder);
        var finder = new QuoteFinder();
        var found = new List<(string Article, int Index, string Text)>();
        foreach (var article in corpus.Articles)
        {
            var texts = article.Segments.Select(s => s.Text).ToArray();
            for (var i = 0; i < texts.Length; i++)
            {
                var quotes = finder.Find(texts[i], i > 0 ? texts[i - 1] : null, i + 1 < texts.Length ? texts[i + 1] : null);
                found.AddRange(quotes.Select(q => (article.Id, i, q.Text)));
            }
        }

        var gold = corpus.Quotes;
        var truePositives = found.Count(f => gold.Any(g => g.Article == f.Article && g.Index == f.Index && Overlaps(g.Quote, f.Text)));
        var recalled = gold.Count(g => found.Any(f => g.Article == f.Article && g.Index == f.Index && Overlaps(g.Quote, f.Text)));
        return new QuoteFinderFigures(
            found.Count,
            gold.Count,
            Math.Round((double)truePositives / Math.Max(1, found.Count), BaselineFigures.Decimals),
            Math.Round((double)recalled / Math.Max(1, gold.Count), BaselineFigures.Decimals));
    }

    private static bool Overlaps(string a, string b) => a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)
        || (a.Length > OverlapChars && b.Contains(a[..OverlapChars], StringComparison.Ordinal))
        || (b.Length > OverlapChars && a.Contains(b[..OverlapChars], StringComparison.Ordinal));
}
