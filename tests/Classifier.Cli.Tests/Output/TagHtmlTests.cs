using System.Xml.Linq;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Output;

/// <summary><c>classify tag --format html</c>: the page carries every segment's label and confidence, the quotes, and escapes article text.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class TagHtmlTests(TrainedModelFixture model) : IDisposable
{
    private const string Hostile = "Mayor <script>alert('x')</script> & \"friends\" back the tram plan";
    private const string Article = "Council approves new tram line\nThe city council voted on Tuesday to build a tram line to the northern suburbs, ending a debate that lasted two years.\n“We will build it on time,” said Mayor Lena Ortiz.\n" + Hostile + "\nShare this article";
    private readonly TempFolder _temp = new("classifier-cli-html");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TagHtml_SegmentsCarryTheSameLabelsAndConfidencesAsJsonl()
    {
        var file = _temp.Write("tram <1>.txt", Article);

        var html = CliRun.Of(["tag", "--models", model.ModelDirectory, "--format", "html", file]);
        var jsonl = CliRun.Of(["tag", "--models", model.ModelDirectory, "--format", "jsonl", file]);

        Assert.True(html.Exit == 0, html.ToString());
        var page = XDocument.Parse(html.Stdout);
        var segments = page.Descendants("div").Where(d => ((string?)d.Attribute("class"))?.StartsWith("seg", StringComparison.Ordinal) == true).ToArray();
        var expected = jsonl.Records.Single().GetProperty("segments").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, segments.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].GetProperty("label").GetString(), (string?)segments[i].Attribute("data-label"));
            Assert.Equal(expected[i].GetProperty("confidence").GetSingle(), float.Parse((string)segments[i].Attribute("data-confidence")!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected[i].GetProperty("text").GetString(), segments[i].Elements("span").Last().Value);
        }

        Assert.Equal("tram <1>.txt", page.Descendants("h2").Single().Value);
    }

    [Fact]
    public void TagHtml_ArticleMarkupIsEscapedNotInjected()
    {
        var file = _temp.Write("a.txt", Article);

        var run = CliRun.Of(["tag", "--models", model.ModelDirectory, "--format", "html", file]);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.DoesNotContain("<script", run.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", run.Stdout, StringComparison.Ordinal);
        var page = XDocument.Parse(run.Stdout);
        Assert.Empty(page.Descendants("script"));
        Assert.Contains(page.Descendants("span"), s => s.Value == Hostile);
    }

    [Fact]
    public void TagHtml_QuotesListSpeakerChannelAndStance()
    {
        var file = _temp.Write("a.txt", Article);

        var run = CliRun.Of(["tag", "--models", model.ModelDirectory, "--format", "html", file]);

        var rows = XDocument.Parse(run.Stdout).Descendants("tr").Where(r => (string?)r.Attribute("class") == "quote").ToArray();
        var row = Assert.Single(rows, r => r.Elements("td").Last().Value == "We will build it on time,");
        var cells = row.Elements("td").Select(c => c.Value).ToArray();
        Assert.Equal("Mayor Lena Ortiz", cells[1]);
        Assert.Equal("spoken", cells[2]);
        Assert.Matches("^(support|oppose|neutral) [01]\\.\\d\\d$", cells[3]);
    }

    [Fact]
    public void TagHtml_FailedInputShowsItsErrorAndThePageIsStillComplete()
    {
        var good = _temp.Write("a.txt", Article);
        var binary = _temp.WriteBytes("b.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF]);

        var run = CliRun.Of(["tag", "--models", model.ModelDirectory, "--format", "html", good, binary]);

        Assert.True(run.Exit == 1, run.ToString());
        var page = XDocument.Parse(run.Stdout);
        Assert.Equal(2, page.Descendants("article").Count());
        Assert.Single(page.Descendants("p"), p => (string?)p.Attribute("class") == "error");
    }
}
