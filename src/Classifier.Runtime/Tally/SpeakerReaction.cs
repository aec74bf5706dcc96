namespace Classifier.Runtime.Tally;

/// <summary>One speaker's reaction in one article: counted once however many times they are quoted.</summary>
/// <param name="Speaker">The speaker as first written in the article, or null for an unattributed quote.</param>
/// <param name="SpeakerKey">The normalised speaker, or null for an unattributed quote.</param>
/// <param name="Channel"><c>social</c> or <c>spoken</c>.</param>
/// <param name="Stance">The speaker's stance: the most frequent among their quotes (the first on a tie).</param>
/// <param name="QuoteStart">The first words of their first quote.</param>
/// <param name="Quotes">How many of their quotes the article holds.</param>
public sealed record SpeakerReaction(string? Speaker, string? SpeakerKey, string Channel, string? Stance, string QuoteStart, int Quotes);
