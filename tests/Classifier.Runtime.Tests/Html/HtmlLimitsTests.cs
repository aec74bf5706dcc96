using System.Text;
using Classifier.Runtime.Html;

namespace Classifier.Runtime.Tests.Html;

public sealed class HtmlLimitsTests
{
    [Fact]
    public void Parse_TenThousandDeepNesting_GivesTheTextWithoutOverflow()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 5000)) + "deep text";

        var page = HtmlReader.Parse(html);

        Assert.Equal("deep text", page.Segments.Single().Text);
    }

    [Fact]
    public void Parse_TenThousandUnclosedParagraphs_OneSegmentEach()
    {
        var page = HtmlReader.Parse(string.Concat(Enumerable.Repeat("<p><a href=#>x</a>", 10_000)));

        Assert.Equal(10_000, page.Segments.Count);
    }

    [Fact]
    public void Read_PageOverTheLimit_RefusedBeforeParsing()
    {
        var bytes = Encoding.UTF8.GetBytes(new StringBuilder("<p>").Append('x', 50 * 1024 * 1024).ToString());

        var e = Assert.Throws<HtmlReadException>(() => HtmlReader.Read(bytes, maxBytes: 16 * 1024 * 1024));

        Assert.Contains("exceeds the size limit", e.Message);
    }
}
