namespace Classifier.Cli.Workbench;

/// <summary>What a person decided about one article: a label per reviewed segment, and the quotes whose stance they set.</summary>
internal sealed record ArticleLabels(IReadOnlyDictionary<int, string> Segments, IReadOnlyList<QuoteLabel> Quotes)
{
    public static readonly ArticleLabels None = new(new Dictionary<int, string>(), []);

    public bool IsEmpty => Segments.Count == 0 && Quotes.Count == 0;
}
