using System.Text.Json;
using System.Xml.Linq;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests;

/// <summary>
/// Kept labels and user rules on the command line: <c>--keep</c>, <c>--drop-pattern</c>,
/// <c>--keep-pattern</c> and <c>--rules FILE</c>, their errors, and the <c>"rule"</c> each decided
/// segment carries in JSON Lines (and in the HTML view).
/// </summary>
[Collection(TrainedModelCollection.Name)]
public sealed class CliRulesTests(TrainedModelFixture model) : IDisposable
{
    private readonly TempFolder _temp = new("classifier-cli-rules");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Clean_KeepComment_ReaderCommentsKept()
    {
        var file = _temp.Write("tram.txt", RuleArticles.TramWithComments);

        var tagged = Run(["tag", file, "--format", "jsonl"]);
        var comments = Assert.Single(tagged.Records).GetProperty("segments").EnumerateArray()
            .Where(s => s.GetProperty("label").GetString() == "comment").Select(s => s.GetProperty("text").GetString()!).ToArray();
        var plain = Run(["clean", file]);
        var keeping = Run(["clean", file, "--keep", "comment"]);

        Assert.True(keeping.Exit == 0, keeping.ToString());
        Assert.NotEmpty(comments);
        Assert.DoesNotContain(CleanedLines(plain), comments.Contains);
        Assert.All(comments, c => Assert.Contains(c, CleanedLines(keeping)));
    }

    [Theory]
    [InlineData("--drop and --keep both name 'comment'", "--drop", "comment,boilerplate", "--keep", "comment")]
    [InlineData("--keep: unknown label 'coment'; the model's labels are boilerplate, comment, heading, news-report, social-quote, unrelated-link", "--keep", "coment")]
    [InlineData("--drop-pattern '[a-': Invalid pattern", "--drop-pattern", "[a-")]
    public void Clean_BadLabelOrPatternOption_Exit2NamesIt(string message, params string[] options)
    {
        var run = Run(["clean", FerryFile(), .. options]);

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Clean_DropAndKeepPatterns_DecideTheirSegmentsAndJsonlSaysWhy()
    {
        var file = FerryFile();

        var plain = Assert.Single(Run(["clean", file, "--format", "jsonl"]).Records);
        var run = Run(["clean", file, "--format", "jsonl", "--drop-pattern", "^Fares will", "--keep-pattern", "^Share this"]);

        Assert.True(run.Exit == 0, run.ToString());
        var record = Assert.Single(run.Records);
        var text = record.GetProperty("text").GetString()!;
        Assert.Contains("Fares will stay", plain.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Fares will stay", text, StringComparison.Ordinal);
        Assert.EndsWith("Share this article", text, StringComparison.Ordinal);
        Assert.Contains("Commuters who wrote", text, StringComparison.Ordinal);
        Assert.False(plain.TryGetProperty("rules", out _));
        Assert.Equal(
            [(2, "Fares will stay the same until the end of the year, the council said in a statement.", "drop", "^Fares will", "--drop-pattern"), (4, "Share this article", "keep", "^Share this", "--keep-pattern")],
            record.GetProperty("rules").EnumerateArray().Select(r => (r.GetProperty("segment").GetInt32(), r.GetProperty("text").GetString(), Rule(r).Action, Rule(r).Pattern, Rule(r).Source)));
    }

    [Fact]
    public void Tag_RuleDecidedSegment_HasRuleOthersHaveNone()
    {
        var run = Run(["tag", FerryFile(), "--format", "jsonl", "--drop-pattern", "^Fares will"]);

        Assert.True(run.Exit == 0, run.ToString());
        var segments = Assert.Single(run.Records).GetProperty("segments").EnumerateArray().ToArray();
        Assert.Equal([2], segments.Where(s => s.TryGetProperty("rule", out _)).Select(s => s.GetProperty("index").GetInt32()));
        Assert.Equal(("drop", "^Fares will", "--drop-pattern"), Rule(segments[2]));
        Assert.Equal(["index", "start", "length", "text", "label", "confidence"], segments[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void TagHtml_RuleDecidedSegment_MarkedWithItsRule()
    {
        var run = Run(["tag", FerryFile(), "--format", "html", "--keep-pattern", "^Share this"]);

        Assert.True(run.Exit == 0, run.ToString());
        var segments = XDocument.Parse(run.Stdout).Descendants("div").Where(d => d.Attribute("data-index") is not null).ToArray();
        var ruled = Assert.Single(segments, d => d.Attribute("data-rule") is not null);
        Assert.Equal("4", (string?)ruled.Attribute("data-index"));
        Assert.Equal("seg kept", (string?)ruled.Attribute("class"));
        Assert.Equal("keep", (string?)ruled.Attribute("data-rule"));
        Assert.Equal("keep: ^Share this (--keep-pattern)", (string?)ruled.Attribute("title"));
    }

    [Fact]
    public void Clean_RulesFile_CommentsAndBlankLinesSkippedSourceIsFileAndLine()
    {
        var rules = _temp.Write("rules.txt", "# house rules\n\ndrop: ^Fares will\n  # kept: the share line\nkeep:   ^Share this  \n");

        var run = Run(["clean", FerryFile(), "--format", "jsonl", "--rules", rules]);

        Assert.True(run.Exit == 0, run.ToString());
        var decided = Assert.Single(run.Records).GetProperty("rules").EnumerateArray().Select(Rule).ToArray();
        Assert.Equal([("drop", "^Fares will", $"{rules}:3"), ("keep", "^Share this", $"{rules}:5")], decided);
    }

    [Theory]
    [InlineData("drop: ^Fares\ndorp: x\n", 2, "expected 'drop: REGEX' or 'keep: REGEX', not 'dorp: x'")]
    [InlineData("# one\nkeep: (unclosed\n", 2, "Invalid pattern '(unclosed'")]
    [InlineData("\n\ndrop:   \n", 3, "the pattern is empty")]
    [InlineData("Share this article\n", 1, "expected 'drop: REGEX' or 'keep: REGEX'")]
    public void Clean_RulesFileBadLine_Exit2NamesFileAndLineNoStackTrace(string content, int line, string why)
    {
        var rules = _temp.Write("rules.txt", content);

        var run = Run(["clean", FerryFile(), "--rules", rules]);

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Contains($"--rules: {rules}:{line}: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(why, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Clean_RulesFileMissing_Exit2NamesIt()
    {
        var missing = _temp.Combine("no-such-rules.txt");

        var run = Run(["clean", FerryFile(), "--rules", missing]);

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Contains($"--rules: {missing}: cannot read the rules file", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Clean_PatternThatBacktracksWithoutEnd_ThatRecordFailsTheOthersAreCleaned()
    {
        var jsonl = string.Join('\n', new[]
        {
            new { id = "first", text = "Storm closes schools\nThe storm closed every school in the county on Monday, officials said." },
            new { id = "evil", text = "Storm closes schools\n" + new string('a', 40) + "!" },
            new { id = "last", text = "Ferry strike ends\nThe ferry strike ended on Tuesday after a deal on pay was reached." },
        }.Select(r => JsonSerializer.Serialize(r)));

        var run = Run(["clean", _temp.Write("batch.jsonl", jsonl), "--input", "jsonl", "--format", "jsonl", "--drop-pattern", "^(a+)+$"]);

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal(["first", "evil", "last"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.Contains("The storm closed every school", run.Records[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("The ferry strike ended", run.Records[2].GetProperty("text").GetString(), StringComparison.Ordinal);
        var error = run.Records[1].GetProperty("error").GetString();
        Assert.Contains("the drop pattern '^(a+)+$' (--drop-pattern) took longer than 1000 ms on segment 1", error, StringComparison.Ordinal);
        Assert.Contains("batch.jsonl:2: " + error, run.Stderr, StringComparison.Ordinal);
    }

    private static (string? Action, string? Pattern, string? Source) Rule(JsonElement decided)
    {
        var rule = decided.GetProperty("rule");
        return (rule.GetProperty("action").GetString(), rule.GetProperty("pattern").GetString(), rule.GetProperty("source").GetString());
    }

    /// <summary>The lines of <c>clean --format text</c> output after each article's marker line.</summary>
    private string FerryFile() => _temp.Write("ferry.txt", RuleArticles.Ferry);

    private static string[] CleanedLines(CliRun run) => [.. run.Stdout.Split('\n').Where(l => l.Length > 0 && l[0] != '\f')];

    private CliRun Run(string[] args) => CliRun.Of([.. args, "--models", model.ModelDirectory]);
}
