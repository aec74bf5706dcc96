using Classifier.Runtime.Html;
using Classifier.Runtime.Segmentation;

namespace Classifier.Runtime.Tests.Html;

public sealed class HtmlReaderSegmentsTests
{
    [Fact]
    public void Parse_BlockElements_OneSegmentEach()
    {
        var page = HtmlReader.Parse("<body><h1>Ferry times change</h1><p>The council  voted\n on <em>Tuesday</em>.</p><div>Fares stay the same.</div></body>");

        Assert.Equal(["Ferry times change", "The council voted on Tuesday.", "Fares stay the same."], page.Segments.Select(s => s.Text));
    }

    [Fact]
    public void Parse_BrSeparatedLines_OneSegmentALine()
    {
        var page = HtmlReader.Parse("<p>First line<br>second line<br/><br>third line</p>");

        Assert.Equal(["First line", "second line", "third line"], page.Segments.Select(s => s.Text));
    }

    [Fact]
    public void Parse_ScriptStyleTemplateNoscript_GiveNoText()
    {
        var page = HtmlReader.Parse("<head><style>p{color:red}</style></head><body><script>var x = 'hidden';</script><p>Kept</p><template><p>In a template</p></template><noscript>Enable scripts</noscript><p hidden>Hidden</p></body>");

        Assert.Equal(["Kept"], page.Segments.Select(s => s.Text));
    }

    [Fact]
    public void Parse_ListsAndTables_ItemsAndRowsAreSegments()
    {
        var page = HtmlReader.Parse("<ul><li>Bread</li><li>Milk</li></ul><table><tr><th>Route</th><td>Island</td></tr><tr><td>Fare</td><td><p>Two euros</p></td></tr></table>");

        Assert.Equal(["Bread", "Milk", "Route Island", "Fare", "Two euros"], page.Segments.Select(s => s.Text));
        Assert.All(page.Structure.Take(2), s => Assert.True(s.Tags.HasFlag(BlockTags.ListItem)));
        Assert.All(page.Structure.Skip(2), s => Assert.True(s.Tags.HasFlag(BlockTags.Table)));
    }

    [Fact]
    public void Parse_Title_IsTheFirstSegment()
    {
        var page = HtmlReader.Parse("<html><head><title>Harbour news</title></head><body><p>Body</p></body></html>");

        Assert.Equal("Harbour news", page.Segments[0].Text);
        Assert.True(page.Structure[0].Tags.HasFlag(BlockTags.Title));
    }

    [Fact]
    public void Parse_Preformatted_KeepsItsLines()
    {
        var page = HtmlReader.Parse("<pre>line one\nline two</pre>");

        Assert.Equal(["line one", "line two"], page.Segments.Select(s => s.Text));
    }

    [Fact]
    public void Parse_BrokenMarkup_RepairedAsABrowserWould()
    {
        var page = HtmlReader.Parse("<p>Unclosed paragraph<p>Another <b>bold <i>mixed</b> up</i><div>Block");

        Assert.Equal(["Unclosed paragraph", "Another bold mixed up", "Block"], page.Segments.Select(s => s.Text));
    }

    [Fact]
    public void Parse_Offsets_AreThoseOfTheSegmenterOnTheExtractedText()
    {
        var page = HtmlReader.Parse("<title>T</title><p>One&nbsp;two</p><p>\u2028Three\u00a0</p><ul><li><a href='/a'>Four</a></li></ul>");

        Assert.Equal(Segmenter.Split(page.Text), page.Segments);
        Assert.All(page.Segments, s => Assert.Equal(s.Text, page.Text.Substring(s.Start, s.Length)));
        Assert.Equal(page.Segments.Count, page.Structure.Count);
    }

    [Fact]
    public void Parse_EmptyPage_NoSegments()
    {
        var page = HtmlReader.Parse("");

        Assert.Empty(page.Segments);
        Assert.Equal("", page.Text);
    }
}
