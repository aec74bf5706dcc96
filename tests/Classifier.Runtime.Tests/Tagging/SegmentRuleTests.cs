using Classifier.Runtime.Segmentation;
using Classifier.Runtime.Tagging;

namespace Classifier.Runtime.Tests.Tagging;

/// <summary>User rules on their own (no model): checking a pattern, which rule decides a segment, the time limit, the rules file.</summary>
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

    [Fact]
    public void Read_RulesFile_RulesInOrderWithFileAndLineCommentsSkipped()
    {
        using var temp = new TempFolder("classifier-rules");
        var path = temp.Write("rules.txt", "# house rules\n\ndrop: ^Read more\n   # a note\nkeep:  (?i)^correction: .*#1  \n");

        var rules = SegmentRuleFile.Read(path);

        Assert.Equal([(SegmentRuleAction.Drop, "^Read more", $"{path}:3"), (SegmentRuleAction.Keep, "(?i)^correction: .*#1", $"{path}:5")], rules.Select(r => (r.Action, r.Pattern, r.Origin)));
    }

    [Theory]
    [InlineData("drop: x\nignore: y\n", ":2: expected 'drop: REGEX' or 'keep: REGEX', not 'ignore: y'")]
    [InlineData("keep: a)\n", ":1: Invalid pattern 'a)'")]
    public void Read_BadLine_ExceptionNamesFileAndLine(string content, string why)
    {
        using var temp = new TempFolder("classifier-rules");
        var path = temp.Write("rules.txt", content);

        var e = Assert.Throws<SegmentRuleFileException>(() => SegmentRuleFile.Read(path));

        Assert.StartsWith(path + why, e.Message, StringComparison.Ordinal);
    }

    private static Segment[] Segments(params string[] texts) => [.. texts.Select((t, i) => new Segment(i, 0, t.Length, t))];
}
