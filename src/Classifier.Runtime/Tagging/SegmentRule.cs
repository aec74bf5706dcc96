using System.Text.RegularExpressions;

namespace Classifier.Runtime.Tagging;

/// <summary>
/// A user rule: segments whose text <see cref="Pattern"/> matches are always dropped or always kept
/// by <see cref="ArticleTagger.Clean"/>, whatever their label and the body decoder say
/// (<see cref="SegmentRuleOptions"/>).
/// </summary>
public sealed class SegmentRule
{
    /// <summary>How every rule's pattern is read: culture-invariant, otherwise as written.</summary>
    internal const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>A rule; the pattern is checked here, so a rule that exists is a valid one.</summary>
    /// <param name="action">Drop or keep the matching segments.</param>
    /// <param name="pattern">A .NET regular expression, matched anywhere in a segment's text unless anchored; case-sensitive unless it says <c>(?i)</c>.</param>
    /// <param name="origin">Where the rule was written, as reports name it (<c>--drop-pattern</c>, <c>rules.txt:3</c>); null for a rule made in code.</param>
    /// <exception cref="ArgumentException">The pattern is empty or not a valid regular expression (the message says why).</exception>
    public SegmentRule(SegmentRuleAction action, string pattern, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Length == 0)
        {
            throw new ArgumentException("the pattern is empty (it would match every segment)");
        }

        // Parsed once here to report a bad pattern where it is written; the tagger compiles it with its time limit.
        _ = new Regex(pattern, Options);
        Action = action;
        Pattern = pattern;
        Origin = origin;
    }

    /// <summary>Drop or keep the matching segments.</summary>
    public SegmentRuleAction Action { get; }

    /// <summary>The regular expression, as written.</summary>
    public string Pattern { get; }

    /// <summary>Where the rule was written (<c>--drop-pattern</c>, <c>rules.txt:3</c>), or null for a rule made in code.</summary>
    public string? Origin { get; }

    /// <summary>The action as written in rules and output: <c>drop</c> or <c>keep</c>.</summary>
    public string ActionName => Action == SegmentRuleAction.Drop ? "drop" : "keep";
}
