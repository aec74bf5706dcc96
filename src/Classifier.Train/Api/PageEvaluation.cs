namespace Classifier.Train.Api;

/// <summary>How a tagger's <c>clean</c> did on the development pages, by the pages' shingle measure.</summary>
/// <param name="Pages">Every page, in id order.</param>
/// <param name="Precision">Mean page precision.</param>
/// <param name="Recall">Mean page recall.</param>
/// <param name="F1">Harmonic mean of the two means.</param>
/// <param name="KeepAllF1">The same F1 when every line of every page is kept, for comparison.</param>
public sealed record PageEvaluation(IReadOnlyList<PageOutcome> Pages, double Precision, double Recall, double F1, double KeepAllF1);

/// <summary>
/// One page's scores and where its errors came from, as counts by predicted label (no page text:
/// the pages may not be copied).
/// </summary>
/// <param name="Id">The page id.</param>
/// <param name="Host">The page's host.</param>
/// <param name="Precision">Shingle precision of the cleaned text.</param>
/// <param name="Recall">Shingle recall of the cleaned text.</param>
/// <param name="F1">The page's own F1.</param>
/// <param name="Segments">Segments of the page.</param>
/// <param name="Kept">Segments that <c>clean</c> kept.</param>
/// <param name="KeptNotInGold">Kept segments whose shingles are mostly not in the gold body, by predicted label.</param>
/// <param name="DroppedInGold">Left-out segments whose shingles are mostly in the gold body, by predicted label.</param>
public sealed record PageOutcome(
    string Id, string Host, double Precision, double Recall, double F1, int Segments, int Kept,
    IReadOnlyDictionary<string, int> KeptNotInGold, IReadOnlyDictionary<string, int> DroppedInGold);
