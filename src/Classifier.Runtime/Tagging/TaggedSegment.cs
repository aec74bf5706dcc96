namespace Classifier.Runtime.Tagging;

/// <summary>One segment of an article with its predicted label.</summary>
/// <param name="Index">0-based position among the article's segments.</param>
/// <param name="Start">Offset of the segment in the original text.</param>
/// <param name="Length">Length of the segment in the original text.</param>
/// <param name="Text">The segment's text.</param>
/// <param name="Label">The predicted label.</param>
/// <param name="Confidence">The predicted label's probability.</param>
/// <param name="Scores">Probability of every label, by label name.</param>
public sealed record TaggedSegment(int Index, int Start, int Length, string Text, string Label, float Confidence, IReadOnlyDictionary<string, float> Scores)
{
    /// <summary>
    /// The user rule that decides whether cleaning keeps this segment (<see cref="SegmentRuleOptions"/>),
    /// whatever its label; null when the label and the body decoder decide.
    /// </summary>
    public SegmentRule? Rule { get; init; }
}
