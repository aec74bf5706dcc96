namespace Classifier.Runtime.Tagging;

/// <summary>What a <see cref="SegmentRule"/> does to the segments its pattern matches.</summary>
public enum SegmentRuleAction
{
    /// <summary>The segment is never kept: it is out of the body whatever its label.</summary>
    Drop,

    /// <summary>The segment is always kept: it is in the body whatever its label.</summary>
    Keep,
}
