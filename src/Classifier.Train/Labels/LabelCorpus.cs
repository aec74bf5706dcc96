using Classifier.Runtime.Bundle;

namespace Classifier.Train.Labels;

/// <summary>Every labelled article and quote under a labels folder, checked, with its fingerprint.</summary>
internal sealed record LabelCorpus(IReadOnlyList<LabelledArticle> Articles, IReadOnlyList<LabelledQuote> Quotes, TrainingDataSummary Fingerprint)
{
    public int SegmentCount => Articles.Sum(a => a.Segments.Count);

    public IEnumerable<LabelledSegment> Segments => Articles.SelectMany(a => a.Segments);
}

/// <summary>An article of the corpus: its segments in order.</summary>
internal sealed record LabelledArticle(string Id, IReadOnlyList<LabelledSegment> Segments);

/// <summary>One labelled segment row, with where it came from.</summary>
internal sealed record LabelledSegment(string Article, int Index, string Text, string Label, string File, int Line);

/// <summary>One labelled quoted reaction: the quoted words inside segment (Article, Index), its speaker, channel and stance.</summary>
internal sealed record LabelledQuote(string Article, int Index, string Speaker, string Channel, string Stance, string Quote, string File, int Line)
{
    /// <summary>The rest of the quote's segment (its attribution), filled in once the segment is known.</summary>
    public string Context { get; init; } = "";
}
