using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary><c>classify train</c>: the bundle it writes is the one <c>tag</c> loads; a bad label file is a message, not a stack trace.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class TrainCommandTests(TrainedModelFixture model) : IDisposable
{
    private readonly TempFolder _temp = new("classifier-cli-train");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Train_FoldsZeroOut_WritesBundleThatTagLoads()
    {
        // The fixture ran `classify train --labels labels --out DIR --folds 0`.
        Assert.Contains($"Wrote {model.ModelDirectory}", model.Training.Stdout);
        Assert.True(File.Exists(Path.Combine(model.ModelDirectory, "manifest.json")));

        var tag = CliRun.Of(["tag", "--models", model.ModelDirectory, "--format", "jsonl", Path.Combine(RepoPaths.Root, "samples", "storm-scraped.txt")]);

        Assert.True(tag.Exit == 0, tag.ToString());
        var record = Assert.Single(tag.Records);
        Assert.Equal("storm-scraped.txt", record.GetProperty("id").GetString());
        Assert.Contains(record.GetProperty("segments").EnumerateArray(), s => s.GetProperty("label").GetString() == "news-report");
    }

    [Fact]
    public void Train_SegmentFileMissingLabelColumn_Exit1FileLineMessageNoStackTraceNoModel()
    {
        var labels = _temp.Combine("labels");
        Directory.CreateDirectory(Path.Combine(labels, "segments"));
        var file = Path.Combine(labels, "segments", "bad.csv");
        File.WriteAllText(file, "article,index,text\na-1,0,Some text here.\n");
        var output = _temp.Combine("models");

        var run = CliRun.Of(["train", "--labels", labels, "--out", output, "--folds", "0"]);

        Assert.Equal(ExitCodes.Failed, run.Exit);
        Assert.StartsWith($"classify: {file}:1: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("no model was written", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Train_MissingLabelsFolder_Exit1NamingIt()
    {
        var labels = _temp.Combine("no-labels");

        var run = CliRun.Of(["train", "--labels", labels, "--out", _temp.Combine("models")]);

        Assert.Equal(ExitCodes.Failed, run.Exit);
        Assert.Contains($"{labels}: labels folder not found", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_FoldsNotANumber_UsageError()
    {
        var run = CliRun.Of(["train", "--folds", "many", "--out", _temp.Combine("models")]);

        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("many", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Combine("models")));
    }

    [Fact]
    public void Help_ListsTheTrainingCommandsBesideTheArticleCommands()
    {
        var help = CliRun.Of(["--help"]);

        Assert.Equal(ExitCodes.Success, help.Exit);
        foreach (var command in new[] { "tag", "clean", "tally", "train", "custom", "evaluate", "predict" })
        {
            Assert.Matches($@"(?m)^\s+{command}\s", help.Stdout);
        }
    }
}
