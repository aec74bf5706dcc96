using Classifier.Cli.Output;
using Classifier.Runtime.Quotes;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Workbench;

/// <summary>The JSON the page renders: the labels with their keys and colours, every article with the model's labels and the saved decisions, and the queue.</summary>
internal static class WorkbenchView
{
    /// <summary>Keys for labels, in order; the others (Enter, x, z, s, o, n, A) are the page's commands.</summary>
    private const string LabelKeys = "123456789bcdefghijklmpqrtvwy";

    public static object State(WorkbenchSession session)
    {
        var tagger = session.Tagger;
        var articles = session.Articles.Select(a => (Article: a, Saved: session.Store.Read(a.Id))).ToArray();
        var queue = articles
            .SelectMany(p => p.Article.Tagged.Segments.Where(s => !p.Saved.Segments.ContainsKey(s.Index)).Select(s => (p.Article.Id, s.Index, s.Confidence)))
            .OrderBy(q => q.Confidence)
            .ThenBy(q => q.Id, StringComparer.Ordinal)
            .ThenBy(q => q.Index)
            .Select(q => new { article = q.Id, index = q.Index })
            .ToArray();
        return new
        {
            labels = tagger.Labels.Select((l, i) => new { name = l, key = i < LabelKeys.Length ? LabelKeys[i].ToString() : "", colour = LabelPalette.ColourOf(l) }),
            stances = StanceKeys.Select(p => new { name = p.Value, key = p.Key.ToString() }),
            articles = articles.Select(p => Article(tagger, p.Article, p.Saved)),
            queue,
            labelsFolder = session.Store.Folder,
        };
    }

    public static readonly IReadOnlyDictionary<char, string> StanceKeys = new Dictionary<char, string> { ['s'] = "support", ['o'] = "oppose", ['n'] = "neutral" };

    private static object Article(ArticleTagger tagger, WorkbenchArticle article, ArticleLabels saved)
    {
        var kept = tagger.KeptSegments(article.Tagged).Count();
        return new
        {
            id = article.Id,
            file = Path.GetFileName(article.Origin),
            verdict = kept == 0 ? "no article body found: clean keeps nothing" : $"article body: clean keeps {kept} of {article.Tagged.Segments.Count} segments",
            segments = article.Tagged.Segments.Select(s => new
            {
                index = s.Index,
                text = s.Text,
                label = s.Label,
                confidence = JsonOutput.Round(s.Confidence),
                saved = saved.Segments.GetValueOrDefault(s.Index),
            }),
            quotes = article.Tagged.Quotes.Select(q => new
            {
                segment = q.Segment,
                text = q.Text,
                speaker = q.Speaker,
                channel = ChannelName(q.Channel),
                stance = q.Stance,
                confidence = JsonOutput.Round(q.Confidence),
                saved = saved.Quotes.FirstOrDefault(l => l.Segment == q.Segment && l.Quote == q.Text.Trim())?.Stance,
            }),
        };
    }

    public static string ChannelName(QuoteChannel channel) => channel == QuoteChannel.Social ? "social" : "spoken";
}
