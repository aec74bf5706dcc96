namespace Classifier.Train.Labels;

/// <summary>An article of the corpus: its segments in order.</summary>
internal sealed record LabelledArticle(string Id, IReadOnlyList<LabelledSegment> Segments);
