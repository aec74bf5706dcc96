using System.Diagnostics;
using System.Globalization;
using System.Text;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests;

/// <summary>What a new user's probing found (issue 14): inputs and options beyond the everyday ones.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class CliReliabilityTests(TrainedModelFixture model) : IDisposable
{
    private const string Article = "Council approves new tram line\nThe city council voted on Tuesday to build a tram line to the northern suburbs, ending a debate that lasted two years.\nShare this article";
    private const string Body = "The city council voted on Tuesday";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly TempFolder _temp = new("classifier-cli-reliability");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Clean_DropFollowedByFile_ReadsTheFile()
    {
        var file = Write("a.txt", Article);

        var run = CliRun.Of(["clean", "--drop", "boilerplate", file, "--models", model.ModelDirectory]);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Contains(Body, run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this article", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropCommaSeparatedOrRepeated_DropsEachLabel()
    {
        var file = Write("a.txt", Article);

        var commas = CliRun.Of(["clean", file, "--drop", "boilerplate,news-report", "--models", model.ModelDirectory]);
        var repeated = CliRun.Of(["clean", file, "--drop", "boilerplate", "--drop", "news-report", "--models", model.ModelDirectory]);

        Assert.True(commas.Exit == 0, commas.ToString());
        Assert.DoesNotContain(Body, commas.Stdout, StringComparison.Ordinal);
        Assert.Equal(repeated.ToString(), commas.ToString());
    }

    [Fact]
    public void Clean_DropUnknownLabel_Exit2NamesItAndTheModelsLabels()
    {
        var file = Write("a.txt", Article);

        var run = CliRun.Of(["clean", "--drop", "boilerplat", file, "--models", model.ModelDirectory]);

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Contains("'boilerplat'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("unrelated-link", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Tag_StdinJsonlWithUtf8Bom_FirstRecordRead()
    {
        var jsonl = "{\"id\":\"first\",\"text\":\"Storm closes schools\"}\n{\"id\":\"second\",\"text\":\"Ferry strike ends\"}\n";

        var run = CliRun.OfBytes(["tag", "--input", "jsonl", "--format", "jsonl", "--models", model.ModelDirectory], [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(jsonl)]);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(["first", "second"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("Storm closes schools", run.Records[0].GetProperty("segments")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void Tag_FileAndStdinWithUtf16Or32Bom_DecodedLikeUtf8(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Article)];
        var file = WriteBytes("wide.txt", bytes);

        var fromFile = Tag(file);
        var fromStdin = CliRun.OfBytes(["tag", "--format", "jsonl", "--models", model.ModelDirectory], bytes);

        Assert.True(fromFile.Exit == 0, fromFile.ToString());
        Assert.True(fromStdin.Exit == 0, fromStdin.ToString());
        var segments = Assert.Single(fromFile.Records).GetProperty("segments");
        Assert.Equal(3, segments.GetArrayLength());
        Assert.Equal("Council approves new tram line", segments[0].GetProperty("text").GetString());
        Assert.Equal(segments.GetRawText(), Assert.Single(fromStdin.Records).GetProperty("segments").GetRawText());
    }

    [Fact]
    public void Tag_FolderHoldingFifo_SkipsItWithMessageAndReadsTheRest()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No FIFOs among Windows files.
        }

        var folder = _temp.Combine("inbox");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.txt"), Article);
        var fifo = MakeFifo(Path.Combine(folder, "b.txt"));

        var run = WithinPatience(fifo, () => Tag(folder));

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(["a.txt"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.Contains(fifo, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("not a regular file", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_FifoGivenByName_Exit1ClearError()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No FIFOs among Windows files.
        }

        var fifo = MakeFifo(_temp.Combine("pipe.txt"));
        var good = Write("good.txt", Article);

        var run = WithinPatience(fifo, () => Tag(fifo, good));

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Contains($"{fifo}: not a regular file", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(["pipe.txt", "good.txt"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(3, run.Records[1].GetProperty("segments").GetArrayLength());
    }

    [Fact]
    public void Tally_ChartInMissingFolder_Exit2BeforeAnyOutput()
    {
        var file = Write("a.txt", Article);
        var chart = _temp.Combine("no-such-folder", "chart.png");

        var run = CliRun.Of(["tally", file, "--chart", chart, "--models", model.ModelDirectory]);

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Contains(Path.GetDirectoryName(chart)!, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("does not exist", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Tag_JsonlRecordAboveMaxBytes_ReportedUnderItsOwnIdInBytes()
    {
        // 3,000 characters but 6,000 bytes of UTF-8: over a 4,096-byte limit; the id comes after the text.
        var text = new string('é', 3000);
        var file = Write("batch.jsonl", $"{{\"text\":\"{text}\",\"id\":\"big-one\"}}\n{{\"id\":\"small\",\"text\":\"Ferry strike ends\"}}\n");

        var run = CliRun.Of(["tag", file, "--input", "jsonl", "--format", "jsonl", "--models", model.ModelDirectory, "--max-bytes", "4096"]);

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal(["big-one", "small"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.True(run.Records[0].TryGetProperty("error", out var error), run.ToString());
        var bytes = Encoding.UTF8.GetByteCount($"{{\"text\":\"{text}\",\"id\":\"big-one\"}}");
        Assert.Contains($"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes", error.GetString(), StringComparison.Ordinal);
        Assert.Contains($"{file}:1:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_TextFormatSeveralArticles_EachStartsWithAMarkerLineNamingIt()
    {
        var first = Write("first.txt", Article);
        var second = Write("second.txt", "Library hours extended\nThe library will open until nine on weekdays, the county said on Monday.");

        var run = CliRun.Of(["clean", first, second, "--models", model.ModelDirectory]);

        Assert.True(run.Exit == 0, run.ToString());
        var articles = run.Stdout.Split('\f', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, articles.Length);
        Assert.StartsWith("== first.txt\n", articles[0], StringComparison.Ordinal);
        Assert.Contains(Body, articles[0], StringComparison.Ordinal);
        Assert.StartsWith("== second.txt\n", articles[1], StringComparison.Ordinal);
        Assert.Contains("The library will open until nine", articles[1], StringComparison.Ordinal);
        Assert.StartsWith("\f", run.Stdout, StringComparison.Ordinal);
    }

    private CliRun Tag(params string[] paths) =>
        CliRun.Of(["tag", .. paths, "--format", "jsonl", "--models", model.ModelDirectory, "--parallel", "2"]);

    /// <summary>
    /// Runs <paramref name="run"/>, failing if it takes longer than <see cref="Patience"/>; a run stuck
    /// opening the FIFO is released by opening its other end, so the test ends either way.
    /// </summary>
    private static CliRun WithinPatience(string fifo, Func<CliRun> run)
    {
        var task = Task.Run(run);
        if (!task.Wait(Patience))
        {
            using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
            {
            }

            Assert.Fail($"still running after {Patience.TotalSeconds} s: blocked on the FIFO {fifo}");
        }

        return task.Result;
    }

    private static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private string Write(string name, string text) => _temp.Write(name, text);

    private string WriteBytes(string name, byte[] bytes) => _temp.WriteBytes(name, bytes);
}
