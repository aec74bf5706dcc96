using Classifier.Runtime.Tagging;

namespace Classifier.Runtime.Tests.Tagging;

/// <summary>
/// User rules in the body decoder and page verdict, over hand-made segment probabilities (no model):
/// a segment a rule decided is taken out before decoding, the decoder decides the rest as if it
/// were not there, and a kept one joins the body found. Every test names its decoder settings.
/// </summary>
public sealed class SegmentRuleJudgeTests
{
    private static readonly string[] Labels = ["boilerplate", "comment", "heading", "news-report", "social-quote", "unrelated-link"];
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "boilerplate", "comment", "unrelated-link" };
    private static readonly BodyDecoderOptions Options = new() { DropWeight = 2, HeadingWeight = 0.3, GapCost = 8, GapWordCost = 1 };
    private static readonly SegmentRule Keep = new(SegmentRuleAction.Keep, "x");
    private static readonly SegmentRule Drop = new(SegmentRuleAction.Drop, "x");

    [Fact]
    public void Judge_KeepRuleOnCommentInsideBody_KeptWhateverItsLabel()
    {
        TaggedSegment[] page = [Seg(0, 40, "news-report", 0.9), Seg(1, 20, "comment", 0.9), Seg(2, 40, "news-report", 0.9)];

        var (_, without) = PageJudge.Judge(page, Dropped, Options);
        page[1] = page[1] with { Rule = Keep };
        var (verdict, kept) = PageJudge.Judge(page, Dropped, Options);

        Assert.Equal([0, 2], without);
        Assert.Equal([0, 1, 2], kept);
        Assert.Equal(PageKind.Article, verdict.Kind);
    }

    [Fact]
    public void Judge_KeepRuleFarAfterBody_BodyReachesItButTheJunkBetweenStaysOut()
    {
        var page = new List<TaggedSegment> { Seg(0, 40, "news-report", 0.9), Seg(1, 40, "news-report", 0.9) };
        for (var i = 2; i < 8; i++)
        {
            page.Add(Seg(i, 6, "unrelated-link", 0.9));
        }

        page.Add(Seg(8, 5, "boilerplate", 0.9) with { Rule = Keep });

        var (_, kept) = PageJudge.Judge(page, Dropped, Options);

        Assert.Equal([0, 1, 8], kept);
    }

    [Fact]
    public void Judge_KeepRuleFarFromShortBody_BodyStillFound()
    {
        // Were the kept segment fixed in the body, the body would have to reach it across 40 words
        // of junk, dearer than the 30 words of body text: the decoder would give the body up.
        TaggedSegment[] page = [Seg(0, 30, "news-report", 0.9), Seg(1, 40, "boilerplate", 0.9), Seg(2, 5, "boilerplate", 0.9) with { Rule = Keep }];

        var (verdict, kept) = PageJudge.Judge(page, Dropped, Options);

        Assert.Equal([0, 2], kept);
        Assert.Equal(PageKind.Article, verdict.Kind);
    }

    [Fact]
    public void Judge_KeepRuleOnListingPage_KeptThoughTheVerdictReadsTheRest()
    {
        var page = Enumerable.Range(0, 12).Select(i => Seg(i, 8, "unrelated-link", 0.9)).ToArray();
        page[5] = page[5] with { Rule = Keep };

        var (verdict, kept) = PageJudge.Judge(page, Dropped, Options);

        Assert.Equal([5], kept);
        Assert.Equal(PageKind.Listing, verdict.Kind);
    }

    [Fact]
    public void Judge_DropRuleOnReportParagraph_LeftOutWhateverItsLabel()
    {
        TaggedSegment[] page = [Seg(0, 40, "news-report", 0.9), Seg(1, 30, "news-report", 0.9) with { Rule = Drop }, Seg(2, 40, "news-report", 0.9)];

        var (verdict, kept) = PageJudge.Judge(page, Dropped, Options);

        Assert.Equal([0, 2], kept);
        Assert.Equal(PageKind.Article, verdict.Kind);
    }

    [Fact]
    public void Judge_DropRuleOnLongBoxInsideBody_BodyRunsOnAcrossIt()
    {
        // 60 words of junk cost more than the 30 words after them bring, so the body ends at them;
        // once a drop rule takes the box out, the decoder reads the page without it.
        TaggedSegment[] page = [Seg(0, 40, "news-report", 0.9), Seg(1, 60, "boilerplate", 0.9), Seg(2, 30, "news-report", 0.9)];

        var (_, without) = PageJudge.Judge(page, Dropped, Options);
        page[1] = page[1] with { Rule = Drop };
        var (_, kept) = PageJudge.Judge(page, Dropped, Options);

        Assert.Equal([0], without);
        Assert.Equal([0, 2], kept);
    }

    [Fact]
    public void Judge_DropRulesOnEveryReportParagraph_NoArticleAndNothingKept()
    {
        TaggedSegment[] page = [Seg(0, 40, "news-report", 0.9) with { Rule = Drop }, Seg(1, 40, "news-report", 0.9) with { Rule = Drop }, Seg(2, 5, "boilerplate", 0.9)];

        var (verdict, kept) = PageJudge.Judge(page, Dropped, Options);

        // The page verdict reads the page without them too: no report text is left to fall back on.
        Assert.Empty(kept);
        Assert.Equal(PageKind.NoArticle, verdict.Kind);
    }

    [Fact]
    public void Judge_DecoderDisabled_RulesStillWinOverLabels()
    {
        TaggedSegment[] page = [Seg(0, 50, "news-report", 0.9) with { Rule = Drop }, Seg(1, 10, "unrelated-link", 0.9) with { Rule = Keep }, Seg(2, 20, "news-report", 0.9), Seg(3, 5, "boilerplate", 0.9)];

        var (_, kept) = PageJudge.Judge(page, Dropped, Options with { Enabled = false });

        Assert.Equal([1, 2], kept);
    }

    /// <summary>
    /// A segment of <paramref name="words"/> words labelled <paramref name="label"/> with probability
    /// <paramref name="p"/>; the <paramref name="others"/> named, the rest spread evenly over the other labels.
    /// </summary>
    private static TaggedSegment Seg(int index, int words, string label, double p, params (string Label, double P)[] others)
    {
        var rest = (1 - p - others.Sum(o => o.P)) / (Labels.Length - 1 - others.Length);
        var probabilities = Labels.Select(l => (float)(l == label ? p : others.Where(o => o.Label == l).Select(o => o.P).DefaultIfEmpty(rest).First())).ToArray();
        var text = string.Join(' ', Enumerable.Range(0, words).Select(w => $"word{w}"));
        return new TaggedSegment(index, 0, text.Length, text, label, (float)p, new LabelScores(Labels, probabilities));
    }
}
