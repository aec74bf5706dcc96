using Classifier.Runtime.Segmentation;
using Classifier.Runtime.Tagging;

namespace Classifier.Runtime.Tests.Tagging;

/// <summary>User rules on their own (no model): checking a pattern, which rule decides a segment, the time limit.</summary>
public sealed class SegmentRuleTests
{
    [Fact]
    public void Match_KeepAndDropRulesOnOneSegment_KeepWinsAndTheFirstMatchIsReported()
    {
        SegmentRule drop = new(SegmentRuleAction.Drop, "Read more");
        SegmentRule keepWord = new(SegmentRuleAction.Keep, "ferry");
        SegmentRule keepAny = new(SegmentRuleAction.Keep, ".");
        var matcher = new SegmentRuleMatcher(new SegmentRuleOptions { Rules = [drop, keepWord, keepAny] });

        var decided = matcher.Match(Segments("Read more: ferry fares", "Read more: bakery closes", "The council voted"));

        Assert.Same(keepWord, decided[0]);
        Assert.Same(keepAny, decided[1]);
        Assert.Same(keepAny, decided[2]);
    }

    [Fact]
    public void Match_PatternUnanchoredAndCaseSensitive_MatchesAnywhereInTheTextAsWritten()
    {
        SegmentRule plain = new(SegmentRuleAction.Drop, "advert");
        SegmentRule anchoredIgnoringCase = new(SegmentRuleAction.Drop, "(?i)^advertisement$");
        var matcher = new SegmentRuleMatcher(new SegmentRuleOptions { Rules = [plain, anchoredIgnoringCase] });

        var decided = matcher.Match(Segments("An advert for shoes", "ADVERTISEMENT", "Advertisement feature: shoes", "The council voted"));

        Assert.Equal([plain, anchoredIgnoringCase, null, null], decided);
    }

    [Fact]
    public void Match_CatastrophicPattern_TimeoutNamesRuleAndSegment()
    {
        var rule = new SegmentRule(SegmentRuleAction.Drop, "^(a+)+$", "rules.txt:2");
        var matcher = new SegmentRuleMatcher(new SegmentRuleOptions { Rules = [rule], MatchTimeout = TimeSpan.FromMilliseconds(50) });

        var e = Assert.Throws<SegmentRuleTimeoutException>(() => matcher.Match(Segments("Storm closes schools", new string('a', 40) + "!")));

        Assert.Same(rule, e.Rule);
        Assert.Equal(1, e.Segment);
        Assert.Contains("'^(a+)+$' (rules.txt:2)", e.Message, StringComparison.Ordinal);
        Assert.Contains("50 ms", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(", "Not enough )'s")]
    [InlineData("[a-", "Unterminated [] set")]
    [InlineData("", "empty")]
    public void New_BadPattern_ArgumentExceptionSaysWhy(string pattern, string why)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => new SegmentRule(SegmentRuleAction.Keep, pattern));

        Assert.Contains(why, e.Message, StringComparison.Ordinal);
    }

    private static Segment[] Segments(params string[] texts) => [.. texts.Select((t, i) => new Segment(i, 0, t.Length, t))];
}
