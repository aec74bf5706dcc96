namespace Classifier.Runtime.Tagging;

/// <summary>A rules file (<see cref="SegmentRuleFile"/>) that cannot be read or holds a line that is not a valid rule; the message starts with <c>FILE:LINE:</c> (or <c>FILE:</c>).</summary>
public sealed class SegmentRuleFileException : Exception
{
    /// <summary>A problem without an underlying exception.</summary>
    public SegmentRuleFileException(string message)
        : base(message)
    {
    }

    /// <summary>A problem that <paramref name="inner"/> caused.</summary>
    public SegmentRuleFileException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
