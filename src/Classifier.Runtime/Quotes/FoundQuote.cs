namespace Classifier.Runtime.Quotes;

/// <summary>
/// A quoted reaction found in one segment. <see cref="Start"/> and <see cref="Length"/> are offsets of the
/// quoted words (inside the marks) in the segment text, so <c>segment.Substring(Start, Length) == Text</c>.
/// </summary>
/// <param name="Start">Offset of the first quoted character in the segment.</param>
/// <param name="Length">Number of quoted characters.</param>
/// <param name="Text">The quoted words as they appear in the segment.</param>
/// <param name="Speaker">The speaker as written (an @handle, a name, a role), or null when unknown.</param>
/// <param name="SpeakerKey">The speaker normalised for counting once per article (lower case, titles dropped), or null.</param>
/// <param name="Channel">Whether the reaction was posted on a social network or spoken.</param>
public sealed record FoundQuote(int Start, int Length, string Text, string? Speaker, string? SpeakerKey, QuoteChannel Channel);
