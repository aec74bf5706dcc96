using Classifier.Runtime.Bundle;

namespace Classifier.Train.Labels;

/// <summary>Every labelled article and quote under a labels folder, checked, with its fingerprint.</summary>
internal sealed record LabelCorpus(IReadOnlyList<LabelledArticle> Articles, IReadOnlyList<LabelledQuote> Quotes, TrainingDataSummary Fingerprint)
{
    public int SegmentCount => Articles.Sum(a => a.Segments.Count);

    public IEnumerable<LabelledSegment> Segments => Articles.SelectMany(a => a.Segments);
}
