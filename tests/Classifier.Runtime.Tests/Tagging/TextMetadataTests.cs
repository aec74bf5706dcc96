using Classifier.Runtime.Tagging;

namespace Classifier.Runtime.Tests.Tagging;

/// <summary>Title, byline and date line read from a text dump's tagged segments (no model).</summary>
public sealed class TextMetadataTests
{
    private static readonly BodyDecoderOptions Options = new();

    [Fact]
    public void Read_TopOfAnArticle_TitleBylineAndDateLine()
    {
        TaggedSegment[] page =
        [
            Seg(0, "Home", "unrelated-link"),
            Seg(1, "Politics", "unrelated-link"),
            Seg(2, "Harbour tunnel plan wins a narrow vote", "heading"),
            Seg(3, "By Mira Holt and Jon Lee | City desk", "boilerplate"),
            Seg(4, "Published March 3, 2025 at 9:12 am", "boilerplate"),
            Seg(5, "The council approved the harbour tunnel on Tuesday by a single vote after a long debate.", "news-report"),
            Seg(6, "Work is due to start next spring.", "news-report"),
        ];

        var metadata = TextMetadata.Read(page, [2, 5, 6], Options);

        Assert.Equal("Harbour tunnel plan wins a narrow vote", metadata.Title);
        Assert.Equal("Mira Holt and Jon Lee", metadata.Author);
        Assert.Equal("March 3, 2025 at 9:12 am", metadata.Published);
        Assert.Null(metadata.Language);
        Assert.Null(metadata.CanonicalUrl);
    }

    [Theory]
    [InlineData("Harbour tunnel plan wins a narrow vote", "Harbour tunnel plan wins a narrow vote")]
    [InlineData("Harbour tunnel plan wins a narrow vote - The Coast Herald", "Harbour tunnel plan wins a narrow vote")]
    [InlineData("Tunnel vote: what happens next | The Coast Herald", "Tunnel vote: what happens next | The Coast Herald")]
    public void Read_ScrapersTitleLine_TheBodysHeadingWhenItRepeatsTheLine(string titleLine, string expected)
    {
        TaggedSegment[] page =
        [
            Seg(0, titleLine, "heading"),
            Seg(1, "News", "unrelated-link"),
            Seg(2, "Sign in to read more", "boilerplate"),
            Seg(3, "Harbour tunnel plan wins a narrow vote", "heading"),
            Seg(4, "The council approved the harbour tunnel on Tuesday by a single vote after a long debate.", "news-report"),
        ];

        Assert.Equal(expected, TextMetadata.Read(page, [3, 4], Options).Title);
    }

    [Theory]
    [InlineData("2026-02-03 10:14", "2026-02-03 10:14")]
    [InlineData("Aktualisiert am 3. März 2025, 10:14 Uhr", "3. März 2025, 10:14")]
    [InlineData("12 de mayo de 2024", "12 de mayo de 2024")]
    [InlineData("Updated 04/11/2023 18:02 GMT", "04/11/2023 18:02 GMT")]
    public void Read_DateLinesAsWritten(string line, string expected)
    {
        TaggedSegment[] page = [Seg(0, "Title of the story here", "heading"), Seg(1, line, "boilerplate"), Seg(2, "The report paragraph says what happened and where it happened.", "news-report")];

        Assert.Equal(expected, TextMetadata.Read(page, [2], Options).Published);
    }

    [Fact]
    public void Read_DatesAndBylinesInsideTheReport_NotTaken()
    {
        TaggedSegment[] page =
        [
            Seg(0, "The ministry said on March 3, 2025 that the tunnel plan written by the previous government would be reviewed by a panel of engineers.", "news-report"),
            Seg(1, "by the end of the year, the panel reports.", "news-report"),
        ];

        var metadata = TextMetadata.Read(page, [0, 1], Options);

        Assert.Null(metadata.Published);
        Assert.Null(metadata.Author);
        Assert.Null(metadata.Title);
    }

    private static TaggedSegment Seg(int index, string text, string label) =>
        new(index, 0, text.Length, text, label, 0.9f, new Dictionary<string, float> { [label] = 0.9f });
}
