namespace Classifier.Runtime.Tagging;

/// <summary>An article split into labelled segments.</summary>
/// <param name="Segments">The segments in text order.</param>
public sealed record TaggedArticle(IReadOnlyList<TaggedSegment> Segments);
