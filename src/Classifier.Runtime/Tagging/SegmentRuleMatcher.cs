using System.Text.RegularExpressions;
using Classifier.Runtime.Segmentation;

namespace Classifier.Runtime.Tagging;

/// <summary>
/// The rules of a tagger, each pattern compiled once with the time limit, matched against every
/// segment of an article before it is scored (<see cref="SegmentRuleOptions"/>).
/// </summary>
internal sealed class SegmentRuleMatcher
{
    private readonly (SegmentRule Rule, Regex Regex)[] _keep;
    private readonly (SegmentRule Rule, Regex Regex)[] _drop;
    private readonly TimeSpan _timeout;

    public SegmentRuleMatcher(SegmentRuleOptions options)
    {
        _timeout = options.MatchTimeout;
        _keep = Compile(options.Rules.Where(r => r.Action == SegmentRuleAction.Keep));
        _drop = Compile(options.Rules.Where(r => r.Action == SegmentRuleAction.Drop));
    }

    /// <summary>No rules: nothing to match.</summary>
    public bool IsEmpty => _keep.Length == 0 && _drop.Length == 0;

    /// <summary>The rule that decides each segment (the first keep rule that matches, else the first drop rule), or null.</summary>
    /// <exception cref="SegmentRuleTimeoutException">A pattern took longer than the time limit on a segment.</exception>
    public SegmentRule?[] Match(IReadOnlyList<Segment> segments)
    {
        var decided = new SegmentRule?[segments.Count];
        for (var i = 0; i < decided.Length; i++)
        {
            decided[i] = First(_keep, segments[i]) ?? First(_drop, segments[i]);
        }

        return decided;
    }

    private SegmentRule? First((SegmentRule Rule, Regex Regex)[] rules, Segment segment)
    {
        foreach (var (rule, regex) in rules)
        {
            try
            {
                if (regex.IsMatch(segment.Text))
                {
                    return rule;
                }
            }
            catch (RegexMatchTimeoutException e)
            {
                throw new SegmentRuleTimeoutException(rule, segment.Index, _timeout, e);
            }
        }

        return null;
    }

    private (SegmentRule, Regex)[] Compile(IEnumerable<SegmentRule> rules) =>
        [.. rules.Select(r => (r, new Regex(r.Pattern, SegmentRule.Options | RegexOptions.Compiled, _timeout)))];
}
