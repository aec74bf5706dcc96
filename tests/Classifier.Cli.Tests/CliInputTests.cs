using System.Globalization;
using System.Text;
using System.Text.Json;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests;

[Collection(TrainedModelCollection.Name)]
public sealed class CliInputTests(TrainedModelFixture model) : IDisposable
{
    private const string Article = "Council approves new tram line\nThe city council voted on Tuesday to build a tram line to the northern suburbs, ending a debate that lasted two years.\nShare this article";
    private readonly TempFolder _temp = new("classifier-cli");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Tag_EmptyFile_Exit0AndZeroSegments()
    {
        var file = Write("empty.txt", "");

        var run = Tag(file);

        Assert.True(run.Exit == 0, run.ToString());
        var record = Assert.Single(run.Records);
        Assert.Equal("empty.txt", record.GetProperty("id").GetString());
        Assert.Equal(0, record.GetProperty("segments").GetArrayLength());
    }

    [Fact]
    public void Tag_BinaryFileAmongOthers_Exit1NamesItAndOthersStillOutput()
    {
        var good1 = Write("a.txt", Article);
        var binary = WriteBytes("b.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0xFF]);
        var good2 = Write("c.txt", Article);

        var run = Tag(good1, binary, good2);

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Contains(binary, run.Stderr, StringComparison.Ordinal);
        var records = run.Records;
        Assert.Equal(["a.txt", "b.txt", "c.txt"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(3, records[0].GetProperty("segments").GetArrayLength());
        Assert.True(records[1].TryGetProperty("error", out _));
        Assert.Equal(3, records[2].GetProperty("segments").GetArrayLength());
    }

    [Fact]
    public void Tag_InvalidUtf8_Exit0WithWarning()
    {
        var bytes = Encoding.UTF8.GetBytes("Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" owners win appeal over rent rise\nThe court sided with the owners.")).ToArray();
        var file = WriteBytes("latin1.txt", bytes);

        var run = Tag(file);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Contains("warning", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(file, run.Stderr, StringComparison.Ordinal);
        var segments = Assert.Single(run.Records).GetProperty("segments");
        Assert.Equal("Caf\uFFFD owners win appeal over rent rise", segments[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Tag_NonexistentPath_Exit1NamingIt()
    {
        var missing = _temp.Combine("nowhere.txt");

        var run = Tag(missing);

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Contains(missing, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_JsonlWithMalformedLineInMiddle_GoodRecordsInOrderBadOneReportedWithLine()
    {
        var file = Write(
            "batch.jsonl",
            "{\"id\":\"first\",\"text\":\"Storm closes schools\\nAll schools in the county stay shut on Friday.\"}\n" +
            "{\"id\":\"second\",\"text\":\"Ferry strike ends\"}\n" +
            "{\"id\":\"broken\",\"text\":\"no closing quote}\n" +
            "{\"id\":\"fourth\",\"text\":\"Museum reopens\"}\n");

        var run = CliRun.Of(["tag", file, "--input", "jsonl", "--format", "jsonl", "--models", model.ModelDirectory, "--parallel", "2"]);

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Contains(file + ":3:", run.Stderr, StringComparison.Ordinal);
        var records = run.Records;
        Assert.Equal(["first", "second", "batch.jsonl:3", "fourth"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(2, records[0].GetProperty("segments").GetArrayLength());
        Assert.True(records[2].TryGetProperty("error", out _));
        Assert.Equal("Museum reopens", records[3].GetProperty("segments")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Tag_FolderWithTextBinaryAndSubfolder_EachHandled()
    {
        var folder = _temp.Combine("inbox");
        Directory.CreateDirectory(Path.Combine(folder, "nested"));
        File.WriteAllText(Path.Combine(folder, "1-good.txt"), Article);
        File.WriteAllBytes(Path.Combine(folder, "2-binary.txt"), [0x00, 0x01, 0x02, 0x41]);
        File.WriteAllText(Path.Combine(folder, "3-good.txt"), "Library hours extended\nThe library will open until nine on weekdays.");
        File.WriteAllText(Path.Combine(folder, "notes.md"), "not an article");
        File.WriteAllText(Path.Combine(folder, "nested", "inner.txt"), Article);

        var run = Tag(folder);

        Assert.True(run.Exit == 1, run.ToString());
        var records = run.Records;
        Assert.Equal(["1-good.txt", "2-binary.txt", "3-good.txt"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(3, records[0].GetProperty("segments").GetArrayLength());
        Assert.True(records[1].TryGetProperty("error", out _));
        Assert.Contains(Path.Combine(folder, "2-binary.txt"), run.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, records[2].GetProperty("segments").GetArrayLength());
    }

    [Fact]
    public void Tag_ThreeMegabyteSingleLine_Exit0OneSegment()
    {
        var sentence = "The council met again to discuss the budget for the coming year. ";
        var line = string.Concat(Enumerable.Repeat(sentence, (3 * 1024 * 1024 / sentence.Length) + 1)).TrimEnd();
        var file = Write("huge.txt", line);

        var run = Tag(file);

        Assert.True(run.Exit == 0, run.Stderr);
        var segment = Assert.Single(Assert.Single(run.Records).GetProperty("segments").EnumerateArray());
        Assert.Equal(line.Length, segment.GetProperty("length").GetInt32());
        Assert.True(line.Length >= 3 * 1024 * 1024);
    }

    [Fact]
    public void Tag_InputAboveMaxBytes_Exit1MessageNamesLimit()
    {
        var big = Write("big.txt", new string('a', 5000));
        var small = Write("small.txt", "Short article.");

        var run = CliRun.Of(["tag", big, small, "--format", "jsonl", "--models", model.ModelDirectory, "--max-bytes", "4096"]);

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Contains(big, run.Stderr, StringComparison.Ordinal);
        Assert.Contains(4096.ToString("N0", CultureInfo.InvariantCulture), run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--max-bytes", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, run.Records[1].GetProperty("segments").GetArrayLength());
    }

    [Fact]
    public void Tag_StdinAboveMaxBytes_Exit1MessageNamesLimit()
    {
        var run = CliRun.Of(["tag", "--format", "jsonl", "--models", model.ModelDirectory, "--max-bytes", "100"], stdin: new string('b', 150));

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Contains("100", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("stdin", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_ModelsFolderMissing_Exit1ClearMessage()
    {
        var missing = _temp.Combine("no-models");
        var file = Write("a.txt", Article);

        var run = CliRun.Of(["tag", file, "--format", "jsonl", "--models", missing]);

        Assert.Equal(1, run.Exit);
        Assert.Contains(missing, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("not found", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("tag", "--no-such-option")]
    [InlineData("tag", "--format", "xml")]
    [InlineData("clean", "--format", "csv")]
    [InlineData("tag", "--parallel", "many")]
    [InlineData("frobnicate")]
    public void Run_BadOption_Exit2(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.Exit);
        Assert.NotEqual("", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Tag_JsonlOutput_ContractFields()
    {
        var text = "\uFEFFCouncil approves new tram line\r\n\r\n  The city council voted on Tuesday to build a tram line. “This is the best news our district has had in years,” said resident Mara Quill.  \r\nShare this article";
        var file = Write("contract.txt", text);

        var run = Tag(file);

        Assert.True(run.Exit == 0, run.ToString());
        var record = Assert.Single(run.Records);
        Assert.Equal(["id", "page", "pageConfidence", "segments", "quotes", "metadata"], record.EnumerateObject().Select(p => p.Name));
        var quote = Assert.Single(record.GetProperty("quotes").EnumerateArray());
        Assert.Equal(["segment", "start", "length", "text", "speaker", "channel", "stance", "confidence"], quote.EnumerateObject().Select(p => p.Name));
        Assert.Equal(text.Substring(quote.GetProperty("start").GetInt32(), quote.GetProperty("length").GetInt32()), quote.GetProperty("text").GetString());
        Assert.Equal("spoken", quote.GetProperty("channel").GetString());
        Assert.Contains("Mara Quill", quote.GetProperty("speaker").GetString());
        var segments = record.GetProperty("segments").EnumerateArray().ToArray();
        Assert.Equal(3, segments.Length);
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            Assert.Equal(["index", "start", "length", "text", "label", "confidence"], s.EnumerateObject().Select(p => p.Name));
            Assert.Equal(i, s.GetProperty("index").GetInt32());
            var start = s.GetProperty("start").GetInt32();
            var length = s.GetProperty("length").GetInt32();
            Assert.Equal(text.Substring(start, length), s.GetProperty("text").GetString());
            Assert.Contains(s.GetProperty("label").GetString(), new[] { "boilerplate", "heading", "news-report", "social-quote", "unrelated-link" });
            Assert.Equal(JsonValueKind.Number, s.GetProperty("confidence").ValueKind);
            Assert.InRange(s.GetProperty("confidence").GetDouble(), 0.0, 1.0);
        }
    }

    [Fact]
    public void Tag_Parallel2ManyInputs_OutputOrderEqualsInputOrder()
    {
        var files = Enumerable.Range(0, 40)
            .Select(i => Write(string.Create(CultureInfo.InvariantCulture, $"story-{(i * 17) % 40:D2}.txt"), string.Join('\n', Enumerable.Repeat(Article, 1 + (i % 5)))))
            .ToArray();

        var run = CliRun.Of(["tag", .. files, "--format", "jsonl", "--models", model.ModelDirectory, "--parallel", "2"]);

        Assert.True(run.Exit == 0, run.ToString());
        var records = run.Records;
        Assert.Equal(files.Select(Path.GetFileName), records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(files.Select((_, i) => 3 * (1 + (i % 5))), records.Select(r => r.GetProperty("segments").GetArrayLength()));
    }

    [Fact]
    public void Clean_ArticleFile_DropsBoilerplateKeepsReport()
    {
        var file = Write("clean.txt", Article);

        var run = CliRun.Of(["clean", file, "--models", model.ModelDirectory]);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Contains("The city council voted on Tuesday", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this article", run.Stdout, StringComparison.Ordinal);
    }

    private CliRun Tag(params string[] paths) =>
        CliRun.Of(["tag", .. paths, "--format", "jsonl", "--models", model.ModelDirectory, "--parallel", "2"]);

    private string Write(string name, string text) => _temp.Write(name, text);

    private string WriteBytes(string name, byte[] bytes) => _temp.WriteBytes(name, bytes);
}
