using Classifier.Runtime.Stance;

namespace Classifier.Train.Labels;

/// <summary>Cross-row checks of the corpus: unique (article, index), indexes in order, quotes that point at real text.</summary>
internal static class LabelValidator
{
    public static IReadOnlyList<LabelledArticle> BuildArticles(IReadOnlyList<LabelledSegment> segments)
    {
        var seen = new Dictionary<(string, int), LabelledSegment>();
        var byArticle = new Dictionary<string, List<LabelledSegment>>(StringComparer.Ordinal);
        foreach (var s in segments)
        {
            if (seen.TryGetValue((s.Article, s.Index), out var first))
            {
                throw new LabelFileException(s.File, s.Line, $"duplicate (article, index) ('{s.Article}', {s.Index}); first at {first.File}:{first.Line}");
            }

            seen[(s.Article, s.Index)] = s;
            if (!byArticle.TryGetValue(s.Article, out var list))
            {
                byArticle[s.Article] = list = [];
            }

            list.Add(s);
        }

        var articles = new List<LabelledArticle>(byArticle.Count);
        foreach (var (id, list) in byArticle.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var ordered = list.OrderBy(s => s.Index).ToArray();
            for (var i = 0; i < ordered.Length; i++)
            {
                if (ordered[i].Index != i)
                {
                    throw new LabelFileException(ordered[i].File, ordered[i].Line, $"article '{id}' has index {ordered[i].Index} where {i} was expected (indexes run 0, 1, 2, … without gaps)");
                }
            }

            articles.Add(new LabelledArticle(id, ordered));
        }

        return articles;
    }

    /// <summary>Checks that every quote lies in its segment, and returns the quotes with their segment's context.</summary>
    public static IReadOnlyList<LabelledQuote> CheckQuotes(IReadOnlyList<LabelledQuote> quotes, IReadOnlyList<LabelledArticle> articles)
    {
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var checkedQuotes = new List<LabelledQuote>(quotes.Count);
        foreach (var q in quotes)
        {
            if (!byId.TryGetValue(q.Article, out var article) || q.Index >= article.Segments.Count)
            {
                throw new LabelFileException(q.File, q.Line, $"quote points at segment ('{q.Article}', {q.Index}), which no segment file has");
            }

            var text = article.Segments[q.Index].Text;
            var at = text.IndexOf(q.Quote, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new LabelFileException(q.File, q.Line, $"the quoted words are not in the text of segment ('{q.Article}', {q.Index})");
            }

            checkedQuotes.Add(q with { Context = StanceFeaturizer.ContextOf(text, at, q.Quote.Length) });
        }

        return checkedQuotes;
    }
}
