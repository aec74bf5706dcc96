namespace Classifier.Runtime.Tagging;

/// <summary>
/// User rules of a run (<see cref="TaggerOptions.SegmentRules"/>): regular expressions over each
/// segment's text that always drop or always keep it. They are matched before the segments are
/// scored; the body decoder and the page verdict then read the other segments as if the decided ones
/// were not there (a body runs on across them), and the kept ones join the body found. A keep rule
/// wins over a drop rule that matches the same segment, and rules win over labels
/// (<see cref="TaggerOptions.DropLabels"/>, <see cref="TaggerOptions.KeepLabels"/>) and, for HTML,
/// over the page's structure. No rules, the default, changes nothing.
/// </summary>
public sealed record SegmentRuleOptions
{
    /// <summary>The rules, in the order reported: the first keep rule that matches a segment decides it, else the first drop rule.</summary>
    public IReadOnlyList<SegmentRule> Rules { get; init; } = [];

    /// <summary>
    /// Longest one pattern may take on one segment; past it the article fails with
    /// <see cref="SegmentRuleTimeoutException"/> (a pattern that backtracks without end cannot hang a batch).
    /// </summary>
    public TimeSpan MatchTimeout { get; init; } = TimeSpan.FromSeconds(1);
}
