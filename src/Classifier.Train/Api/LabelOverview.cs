namespace Classifier.Train.Api;

/// <summary>The labels folder as rows: every labelled segment and quote, in file order.</summary>
/// <param name="Articles">Articles in the corpus.</param>
/// <param name="Segments">Every labelled segment.</param>
/// <param name="Quotes">Every labelled quoted reaction.</param>
/// <param name="DataSha256">SHA-256 over the label files, as saved in a bundle's manifest.</param>
public sealed record LabelOverview(int Articles, IReadOnlyList<SegmentRow> Segments, IReadOnlyList<QuoteRow> Quotes, string DataSha256)
{
    /// <summary>Segments per label, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> SegmentsByLabel => CountBy(Segments.Select(s => s.Label));

    /// <summary>Quotes per stance, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> QuotesByStance => CountBy(Quotes.Select(q => q.Stance));

    /// <summary>Quotes per channel, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> QuotesByChannel => CountBy(Quotes.Select(q => q.Channel));

    private static KeyValuePair<string, int>[] CountBy(IEnumerable<string> values) => values
        .GroupBy(v => v, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => KeyValuePair.Create(g.Key, g.Count()))
        .ToArray();
}

/// <summary>One labelled segment.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Index">0-based position in the article.</param>
/// <param name="Text">The segment's text.</param>
/// <param name="Label">Its label.</param>
/// <param name="File">The label file's name.</param>
public sealed record SegmentRow(string Article, int Index, string Text, string Label, string File);

/// <summary>One labelled quoted reaction inside segment (<paramref name="Article"/>, <paramref name="Index"/>).</summary>
/// <param name="Article">The article id.</param>
/// <param name="Index">The segment holding the quote.</param>
/// <param name="Speaker">Who is quoted.</param>
/// <param name="Channel"><c>spoken</c> or <c>social</c>.</param>
/// <param name="Stance"><c>support</c>, <c>oppose</c> or <c>neutral</c>.</param>
/// <param name="Quote">The quoted words.</param>
/// <param name="File">The label file's name.</param>
public sealed record QuoteRow(string Article, int Index, string Speaker, string Channel, string Stance, string Quote, string File);
