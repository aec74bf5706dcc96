namespace Classifier.Runtime.Tagging;

/// <summary>A rule's pattern took longer than <see cref="SegmentRuleOptions.MatchTimeout"/> on one segment of an article.</summary>
public sealed class SegmentRuleTimeoutException(SegmentRule rule, int segment, TimeSpan timeout, Exception inner)
    : Exception($"the {rule.ActionName} pattern '{rule.Pattern}'{(rule.Origin is null ? "" : $" ({rule.Origin})")} took longer than {timeout.TotalMilliseconds:0} ms on segment {segment}; simplify it (nested repetition like (a+)+ backtracks without end)", inner)
{
    /// <summary>The rule whose pattern timed out.</summary>
    public SegmentRule Rule { get; } = rule;

    /// <summary>Index of the segment it was matched against.</summary>
    public int Segment { get; } = segment;
}
