namespace Classifier.Runtime.Quotes;

/// <summary>A quoted reaction found in an article, with its speaker, channel and stance.</summary>
/// <param name="Segment">Index of the segment that holds the quote.</param>
/// <param name="Start">Offset of the quoted words in the original article text.</param>
/// <param name="Length">Length of the quoted words.</param>
/// <param name="Text">The quoted words, without the quote marks.</param>
/// <param name="Speaker">The speaker as written (an @handle, a name, a role), or null when none was found.</param>
/// <param name="SpeakerKey">The speaker normalised so that one speaker counts once per article (lower-case handle or name), or null.</param>
/// <param name="Channel">Social-media post or spoken quote.</param>
/// <param name="Stance">Stance toward the article's subject (<c>support</c>, <c>oppose</c>, <c>neutral</c>), or null when the bundle has no stance model.</param>
/// <param name="Confidence">Probability of <paramref name="Stance"/>.</param>
/// <param name="StanceScores">Probability of every stance, by name.</param>
public sealed record Reaction(
    int Segment, int Start, int Length, string Text, string? Speaker, string? SpeakerKey, QuoteChannel Channel,
    string? Stance, float Confidence, IReadOnlyDictionary<string, float> StanceScores);
