using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Output;

/// <summary>The page verdict in <c>tag</c> and <c>clean</c> JSON Lines: <c>"page"</c> and <c>"pageConfidence"</c>.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class PageVerdictJsonlTests(TrainedModelFixture model) : IDisposable
{
    private const string Article =
        "Council approves new tram line\n"
        + "The city council voted on Tuesday to build a tram line to the northern suburbs, ending a debate that lasted two years and split the ruling coalition.\n"
        + "Construction is due to start next spring and the first trams should run in 2029, the transport department said in a statement.\n"
        + "Share this article";

    private readonly TempFolder _temp = new("classifier-cli-page");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Clean_JsonlArticle_TextPageAndConfidence()
    {
        var run = Run("clean", _temp.Write("tram.txt", Article));

        Assert.True(run.Exit == 0, run.ToString());
        var record = Assert.Single(run.Records);
        Assert.Equal(["id", "text", "page", "pageConfidence", "metadata"], record.EnumerateObject().Select(p => p.Name));
        Assert.Equal("article", record.GetProperty("page").GetString());
        Assert.InRange(record.GetProperty("pageConfidence").GetDouble(), 0.5, 1.0);
        Assert.Contains("voted on Tuesday", record.GetProperty("text").GetString());
    }

    [Fact]
    public void Tag_JsonlArticle_PageArticle()
    {
        var run = Run("tag", _temp.Write("tram.txt", Article));

        Assert.True(run.Exit == 0, run.ToString());
        var record = Assert.Single(run.Records);
        Assert.Equal("article", record.GetProperty("page").GetString());
        Assert.InRange(record.GetProperty("pageConfidence").GetDouble(), 0.5, 1.0);
    }

    [Fact]
    public void Clean_JsonlEmptyText_NoArticleAndEmptyText()
    {
        var run = Run("clean", _temp.Write("empty.txt", ""));

        Assert.True(run.Exit == 0, run.ToString());
        var record = Assert.Single(run.Records);
        Assert.Equal("no-article", record.GetProperty("page").GetString());
        Assert.Equal(1.0, record.GetProperty("pageConfidence").GetDouble());
        Assert.Equal("", record.GetProperty("text").GetString());
    }

    private CliRun Run(string command, string file) =>
        CliRun.Of([command, file, "--format", "jsonl", "--models", model.ModelDirectory]);
}
