using Classifier.Runtime.Tagging;

namespace Classifier.Runtime.Tests.Tagging;

/// <summary>
/// The body decoder and page verdict over hand-made segment probabilities (no model): which segments
/// <c>clean</c> keeps and what the page is judged to be. Every test names its decoder settings, so
/// that re-tuning the defaults does not change what is tested.
/// </summary>
public sealed class PageJudgeTests
{
    private static readonly string[] Labels = ["boilerplate", "comment", "heading", "news-report", "social-quote", "unrelated-link"];
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "boilerplate", "comment", "unrelated-link" };
    private static readonly BodyDecoderOptions Options = new() { DropWeight = 2, HeadingWeight = 0.3, GapCost = 8, GapWordCost = 1 };

    [Fact]
    public void Judge_BodyInterruptedByProductBox_BodyResumesAfterIt()
    {
        TaggedSegment[] page =
        [
            Seg(0, 8, "heading", 0.9),
            Seg(1, 40, "news-report", 0.9),
            Seg(2, 20, "boilerplate", 0.9),
            Seg(3, 1, "boilerplate", 0.9),
            Seg(4, 40, "news-report", 0.9),
            Seg(5, 10, "unrelated-link", 0.9),
        ];

        var (verdict, kept) = PageJudge.Judge(page, Dropped, Options);

        Assert.Equal([1, 4], kept);
        Assert.Equal(PageKind.Article, verdict.Kind);
        Assert.InRange(verdict.Confidence, 0.85f, 0.95f);
    }

    [Fact]
    public void Judge_OneBlockSettings_InterruptedBodyCutShort()
    {
        TaggedSegment[] page = [Seg(0, 40, "news-report", 0.9), Seg(1, 20, "boilerplate", 0.9), Seg(2, 30, "news-report", 0.9)];

        var (_, kept) = PageJudge.Judge(page, Dropped, Options with { GapCost = double.PositiveInfinity });

        // One contiguous run cannot pay for 20 words of junk (≈ −37) with 30 words of body (≈ +24).
        Assert.Equal([0], kept);
    }

    [Fact]
    public void Judge_LongCommentThreadAfterBody_NotResumed()
    {
        var page = new List<TaggedSegment> { Seg(0, 60, "news-report", 0.9), Seg(1, 60, "news-report", 0.9) };
        for (var i = 2; i < 22; i++)
        {
            page.Add(Seg(i, 6, "unrelated-link", 0.9));
        }

        // Prose the model takes for a report, past a long run of links: another story, not this body.
        page.Add(Seg(22, 50, "news-report", 0.7));

        var (verdict, kept) = PageJudge.Judge(page, Dropped, Options);

        Assert.Equal([0, 1], kept);
        Assert.Equal(PageKind.Article, verdict.Kind);
    }

    [Fact]
    public void Judge_TitleHeadingAboveBody_LeftOutButSubheadingInsideKept()
    {
        TaggedSegment[] page = [Seg(0, 9, "heading", 0.95), Seg(1, 50, "news-report", 0.9), Seg(2, 4, "heading", 0.9), Seg(3, 50, "news-report", 0.9)];

        var (_, kept) = PageJudge.Judge(page, Dropped, Options);

        Assert.Equal([1, 2, 3], kept);
    }

    [Fact]
    public void Judge_ListOfHeadlineLinks_ListingWithEmptyBody()
    {
        var page = Enumerable.Range(0, 12).Select(i => Seg(i, 8, "unrelated-link", 0.9)).Append(Seg(12, 5, "boilerplate", 0.9)).ToArray();

        var (verdict, kept) = PageJudge.Judge(page, Dropped, Options);

        Assert.Empty(kept);
        Assert.Equal(PageKind.Listing, verdict.Kind);
        Assert.Equal(96f / 101f, verdict.Confidence, 4);
    }

    [Fact]
    public void Judge_ReportTextTheDecoderRejects_ArticleKeepsItsBestBlock()
    {
        // The report paragraph is the likeliest label but outweighed by junk probability, so the
        // decoder keeps nothing; 40 words of news-report text still make the page an article.
        TaggedSegment[] page =
        [
            Seg(0, 6, "boilerplate", 0.9),
            Seg(1, 40, "news-report", 0.45, ("boilerplate", 0.35), ("comment", 0.2)),
            Seg(2, 6, "boilerplate", 0.9),
        ];

        var (verdict, kept) = PageJudge.Judge(page, Dropped, Options);

        Assert.Equal(PageKind.Article, verdict.Kind);
        Assert.Equal([1], kept);
    }

    [Fact]
    public void Judge_CookiePromptsOnly_NoArticle()
    {
        TaggedSegment[] page = [Seg(0, 12, "boilerplate", 0.9), Seg(1, 5, "boilerplate", 0.8), Seg(2, 3, "unrelated-link", 0.6)];

        var (verdict, kept) = PageJudge.Judge(page, Dropped, Options);

        Assert.Empty(kept);
        Assert.Equal(PageKind.NoArticle, verdict.Kind);
        Assert.InRange(verdict.Confidence, 0.9f, 1f);
    }

    [Fact]
    public void Judge_NoSegments_NoArticle()
    {
        var (verdict, kept) = PageJudge.Judge([], Dropped, Options);

        Assert.Empty(kept);
        Assert.Equal(new PageVerdict(PageKind.NoArticle, 1f), verdict);
    }

    [Fact]
    public void Judge_DecoderDisabled_KeepsEveryNonDroppedSegment()
    {
        TaggedSegment[] page = [Seg(0, 9, "heading", 0.95), Seg(1, 50, "news-report", 0.9), Seg(2, 200, "unrelated-link", 0.9), Seg(3, 10, "news-report", 0.6)];

        var (_, kept) = PageJudge.Judge(page, Dropped, Options with { Enabled = false });

        Assert.Equal([0, 1, 3], kept);
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
