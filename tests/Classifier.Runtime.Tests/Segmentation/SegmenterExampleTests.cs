using Classifier.Runtime.Segmentation;

namespace Classifier.Runtime.Tests.Segmentation;

public sealed class SegmenterExampleTests
{
    [Fact]
    public void Split_CrLfLines_OneSegmentPerLineWithoutCr()
    {
        const string text = "Title here\r\nFirst paragraph.\r\nSecond paragraph.\r\n";

        var segments = Segmenter.Split(text);

        Assert.Equal(["Title here", "First paragraph.", "Second paragraph."], segments.Select(s => s.Text));
        Assert.Equal([0, 12, 30], segments.Select(s => s.Start));
    }

    [Fact]
    public void Split_BlankLineSeparatedParagraphs_BlankLinesIgnored()
    {
        const string text = "One paragraph.\n\nAnother paragraph.\n   \n\t\nLast one.";

        var segments = Segmenter.Split(text);

        Assert.Equal(["One paragraph.", "Another paragraph.", "Last one."], segments.Select(s => s.Text));
        Assert.Equal([0, 1, 2], segments.Select(s => s.Index));
    }

    [Fact]
    public void Split_ByteOrderMarkAtStart_NotPartOfFirstSegment()
    {
        const string text = "\uFEFFHeadline\nBody text.";

        var segments = Segmenter.Split(text);

        Assert.Equal("Headline", segments[0].Text);
        Assert.Equal(1, segments[0].Start);
        Assert.Equal(2, segments.Count);
    }

    [Fact]
    public void Split_OneLineArticle_OneSegmentWithTrimmedEdges()
    {
        const string text = "  A whole article on one line, with no break at all.  ";

        var segment = Assert.Single(Segmenter.Split(text));

        Assert.Equal("A whole article on one line, with no break at all.", segment.Text);
        Assert.Equal(2, segment.Start);
        Assert.Equal(0, segment.Index);
    }

    [Fact]
    public void Split_NbspOnlyLines_Ignored()
    {
        const string text = "Before.\n\u00A0\u00A0\n\u00A0 \t\u00A0\nAfter.";

        var segments = Segmenter.Split(text);

        Assert.Equal(["Before.", "After."], segments.Select(s => s.Text));
    }

    [Theory]
    [InlineData("a\rb")]
    [InlineData("a\u2028b")]
    [InlineData("a\u2029b")]
    [InlineData("a\u0085b")]
    public void Split_OtherLineBreaks_SplitLines(string text)
    {
        Assert.Equal(["a", "b"], Segmenter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("\uFEFF \t\u00A0")]
    public void Split_BlankText_NoSegments(string text)
    {
        Assert.Empty(Segmenter.Split(text));
    }

    [Fact]
    public void Split_TabsInsideLine_KeptInSegment()
    {
        var segment = Assert.Single(Segmenter.Split("\tRovers 2\tUnited 1\t"));

        Assert.Equal("Rovers 2\tUnited 1", segment.Text);
    }
}
