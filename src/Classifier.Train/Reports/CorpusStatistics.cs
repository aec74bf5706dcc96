using Classifier.Train.Labels;

namespace Classifier.Train.Reports;

/// <summary>Prints what the labels folder holds: articles, segments per label, quotes per stance and channel.</summary>
internal static class CorpusStatistics
{
    public static void Print(LabelCorpus corpus, TextWriter log)
    {
        log.WriteLine($"Corpus: {corpus.Articles.Count} articles, {corpus.SegmentCount} segments, {corpus.Quotes.Count} labelled quotes (data sha256 {corpus.Fingerprint.Sha256[..12]}…)");
        Counts("segments by label", corpus.Segments.Select(s => s.Label), log);
        Counts("quotes by stance", corpus.Quotes.Select(q => q.Stance), log);
        Counts("quotes by channel", corpus.Quotes.Select(q => q.Channel), log);
    }

    private static void Counts(string title, IEnumerable<string> values, TextWriter log)
    {
        var groups = values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        log.WriteLine($"  {title}: {string.Join(", ", groups.Select(g => $"{g.Key} {g.Count()}"))}");
    }
}
