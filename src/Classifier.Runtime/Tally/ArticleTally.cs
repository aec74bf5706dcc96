namespace Classifier.Runtime.Tally;

/// <summary>Reactions of one article (or of all articles, for the total).</summary>
/// <param name="Id">The article's id, or <c>total</c>.</param>
/// <param name="ByStance">Attributed speakers per stance (each speaker once per article).</param>
/// <param name="ByChannel">Attributed speakers per channel.</param>
/// <param name="Speakers">Attributed speakers with their stance.</param>
/// <param name="Unattributed">Quotes whose speaker was not found: shown, but counted apart.</param>
public sealed record ArticleTally(
    string Id, IReadOnlyDictionary<string, int> ByStance, IReadOnlyDictionary<string, int> ByChannel,
    IReadOnlyList<SpeakerReaction> Speakers, IReadOnlyList<SpeakerReaction> Unattributed);
