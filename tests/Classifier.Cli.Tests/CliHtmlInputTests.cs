using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests;

[Collection(TrainedModelCollection.Name)]
public sealed class CliHtmlInputTests(TrainedModelFixture model) : IDisposable
{
    private const string Page = """
        <html lang="en"><head><title>Tram line approved</title><meta name="author" content="Mira Holt">
        <meta property="article:published_time" content="2026-02-03"><link rel="canonical" href="https://city.example/tram"></head>
        <body><nav><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li></ul></nav>
        <article><p>The city council voted on Tuesday to build a tram line to the northern suburbs, ending a debate that lasted two years.</p>
        <p>Work on the first stretch starts next spring, and the line should open to passengers within four years, the council said.</p></article>
        <footer><p>City Desk, all rights reserved.</p></footer></body></html>
        """;

    private readonly TempFolder _temp = new("classifier-cli-html");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Tag_HtmlFile_SegmentsWithOffsetsAndMetadata()
    {
        var file = _temp.Write("tram.html", Page);

        var run = Run("tag", file);

        Assert.True(run.Exit == 0, run.ToString());
        var record = Assert.Single(run.Records);
        Assert.Equal("tram.html", record.GetProperty("id").GetString());
        var texts = record.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(["Tram line approved", "Home", "City"], texts.Take(3));
        var metadata = record.GetProperty("metadata");
        Assert.Equal("Mira Holt", metadata.GetProperty("author").GetString());
        Assert.Equal("2026-02-03", metadata.GetProperty("published").GetString());
        Assert.Equal("en", metadata.GetProperty("language").GetString());
        Assert.Equal("https://city.example/tram", metadata.GetProperty("canonicalUrl").GetString());
    }

    [Fact]
    public void Clean_HtmlPage_KeepsTheArticleNotItsNavigationOrFooter()
    {
        var file = _temp.Write("tram.htm", Page);

        var run = Run("clean", file);

        Assert.True(run.Exit == 0, run.ToString());
        var text = Assert.Single(run.Records).GetProperty("text").GetString();
        Assert.Contains("build a tram line to the northern suburbs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("all rights reserved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_FolderOfTextHtmlAndGzip_AllReadInNameOrder()
    {
        var folder = _temp.Combine("mixed");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Tram line approved\nThe city council voted on Tuesday to build a tram line to the northern suburbs.");
        File.WriteAllText(Path.Combine(folder, "b.html"), Page);
        File.WriteAllBytes(Path.Combine(folder, "c.html.gz"), Gzip(Encoding.UTF8.GetBytes(Page)));
        File.WriteAllText(Path.Combine(folder, "d.md"), "not read");

        var run = Run("clean", folder);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(["a.txt", "b.html", "c.html.gz"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("Tram line approved", run.Records[0].GetProperty("metadata").GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, run.Records[0].GetProperty("metadata").GetProperty("canonicalUrl").ValueKind);
        Assert.Equal(run.Records[1].GetProperty("text").GetString(), run.Records[2].GetProperty("text").GetString());
    }

    [Fact]
    public void Tag_StandardInputAsHtml_ReadAsAPage()
    {
        var run = CliRun.OfBytes(["tag", "--input", "html", "--format", "jsonl", "--models", model.ModelDirectory], Encoding.UTF8.GetBytes(Page));

        Assert.True(run.Exit == 0, run.ToString());
        var record = Assert.Single(run.Records);
        Assert.Equal("stdin", record.GetProperty("id").GetString());
        Assert.Equal("Tram line approved", record.GetProperty("metadata").GetProperty("title").GetString());
    }

    [Fact]
    public void Tag_JsonlMixingHtmlAndTextRecords_BothTaggedBadOneReportedWithLineAndId()
    {
        var lines = new[]
        {
            JsonSerializer.Serialize(new { id = "page", html = Page, url = "https://city.example/tram?from=feed" }),
            JsonSerializer.Serialize(new { id = "plain", text = "Tram line approved\nThe council voted on Tuesday." }),
            JsonSerializer.Serialize(new { id = "neither", body = "x" }),
        };
        var file = _temp.Write("batch.jsonl", string.Join('\n', lines));

        var run = Run("tag", "--input", "jsonl", file);

        Assert.True(run.Exit == 1, run.ToString());
        var records = run.Records;
        Assert.Equal(["page", "plain", "neither"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.True(records[0].TryGetProperty("metadata", out _));
        Assert.Equal(JsonValueKind.Null, records[1].GetProperty("metadata").GetProperty("language").ValueKind);
        Assert.Contains("\"html\"", records[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains($"{file}:3", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_BinaryFileNamedHtmlAmongPages_Exit1NamesItOthersStillTagged()
    {
        var good = _temp.Write("good.html", Page);
        var binary = _temp.WriteBytes("image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var cut = _temp.WriteBytes("cut.html.gz", Gzip(Encoding.UTF8.GetBytes(Page))[..40]);

        var run = Run("tag", good, binary, cut);

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Contains($"{binary}: binary data", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{cut}: broken gzip data", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        var records = run.Records;
        Assert.True(records[0].GetProperty("segments").GetArrayLength() > 0);
        Assert.Equal(["image.html", "cut.html.gz"], records[1..].Select(r => r.GetProperty("id").GetString()));
        Assert.All(records[1..], r => Assert.True(r.TryGetProperty("error", out _)));
    }

    [Fact]
    public void Tag_GzipPageUnpackingPastMaxBytes_RefusedWithTheLimit()
    {
        var bomb = _temp.WriteBytes("big.html.gz", Gzip(Encoding.UTF8.GetBytes("<p>" + new string('a', 300_000) + "</p>")));

        var run = CliRun.Of(["tag", bomb, "--format", "jsonl", "--models", model.ModelDirectory, "--max-bytes", "100000"]);

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Contains("size limit of 100,000 bytes", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_InvalidUtf8InHtml_WarnsNamingTheFileAndTags()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" owners win appeal</p>")).ToArray();
        var file = _temp.WriteBytes("latin.html", bytes);

        var run = Run("tag", file);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Contains($"warning: {file}: invalid UTF-8", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("Caf\uFFFD owners win appeal", Assert.Single(run.Records).GetProperty("segments")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Clean_SampleHtmlPage_KeepsTheStoryAndItsBoxNotTheFurnitureCardsOrComments()
    {
        var run = Run("clean", Path.Combine(RepoPaths.Root, "samples", "ferry-page.html"));

        Assert.True(run.Exit == 0, run.ToString());
        var record = Assert.Single(run.Records);
        var text = record.GetProperty("text").GetString();
        Assert.Contains("four times a day through the winter", text, StringComparison.Ordinal);
        Assert.Contains("A campaign that started in the school", text, StringComparison.Ordinal);
        Assert.Contains("How the deal works", text, StringComparison.Ordinal);
        Assert.Contains("Petra Vosper posted on social media", text, StringComparison.Ordinal);
        Assert.Contains("fares would stay at this year's prices", text, StringComparison.Ordinal);
        foreach (var junk in new[] { "Harbours", "Share on Facebook", "By Orla Penhale", "Photo: Coastline Herald", "Read more:", "Harbour wall repairs", "launch tractor", "missed three hospital appointments", "Most read", "morning briefing", "All rights reserved" })
        {
            Assert.DoesNotContain(junk, text, StringComparison.Ordinal);
        }

        Assert.Equal("Orla Penhale", record.GetProperty("metadata").GetProperty("author").GetString());
    }

    private CliRun Run(string command, params string[] args) =>
        CliRun.Of([command, .. args, "--format", "jsonl", "--models", model.ModelDirectory, "--parallel", "2"]);

    private static byte[] Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
