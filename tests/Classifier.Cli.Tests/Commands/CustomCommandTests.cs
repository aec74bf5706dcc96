using System.Text.Json.Nodes;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary><c>classify custom</c> and <c>classify evaluate</c> on the shipped headline sample, and their failures.</summary>
public sealed class CustomCommandTests : IDisposable
{
    private static readonly string Headlines = Path.Combine(RepoPaths.Root, "samples", "custom", "headlines.csv");
    private readonly TempFolder _temp = new("classifier-cli-custom");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void CustomThenEvaluate_Headlines_BundleWrittenAndFiguresPrinted()
    {
        var model = _temp.Combine("model");

        var custom = CliRun.Of(["custom", "--data", Headlines, "--out", model, "--folds", "3"]);

        Assert.True(custom.Exit == 0, custom.ToString());
        Assert.Contains("3-fold", custom.Stdout, StringComparison.Ordinal);
        var labels = Manifest(model)["labels"]!.AsArray().Select(l => l!.GetValue<string>()).ToArray();
        Assert.Equal(LabelsOf(Headlines), labels);

        var evaluate = CliRun.Of(["evaluate", "--model", model, "--data", Headlines]);

        Assert.True(evaluate.Exit == 0, evaluate.ToString());
        Assert.Contains($"Evaluation of {model}", evaluate.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^macro-F1\s+\d\.\d{3}", evaluate.Stdout);
        Assert.All(labels, l => Assert.Contains(l, evaluate.Stdout, StringComparison.Ordinal));
    }

    [Fact]
    public void Custom_FixedL2AndTrainer_ReachTheManifest()
    {
        var model = _temp.Combine("model");

        var run = CliRun.Of(["custom", "--data", Headlines, "--out", model, "--folds", "0", "--l2", "0.001", "--trainer", "lbfgs-maxent"]);

        Assert.True(run.Exit == 0, run.ToString());
        var manifest = Manifest(model);
        Assert.Equal("0.001", manifest["training"]!["l2"]!.GetValue<string>());
        Assert.Equal("lbfgs-maxent", manifest["training"]!["trainer"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("--l2", "strong")]
    [InlineData("--trainer", "forest")]
    [InlineData("--group-mode", "mixed")]
    public void Custom_BadOptionValue_UsageErrorAndNoModel(string option, string value)
    {
        var model = _temp.Combine("model");

        var run = CliRun.Of(["custom", "--data", Headlines, "--out", model, option, value]);

        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains(value, run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(model));
    }

    [Fact]
    public void Custom_MalformedCsvLine_Exit1FileLineMessageNoStackTrace()
    {
        var data = _temp.Combine("bad.csv");
        File.WriteAllText(data, "text,label\nfine row,a\nanother,b\n\"unclosed,a\n");
        var model = _temp.Combine("model");

        var run = CliRun.Of(["custom", "--data", data, "--out", model]);

        Assert.Equal(ExitCodes.Failed, run.Exit);
        Assert.StartsWith($"classify: {data}:4: ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(model));
    }

    [Fact]
    public void Evaluate_MissingModelFolder_Exit1NamingIt()
    {
        var missing = _temp.Combine("missing");

        var run = CliRun.Of(["evaluate", "--model", missing, "--data", Headlines]);

        Assert.Equal(ExitCodes.Failed, run.Exit);
        Assert.Contains($"{missing}: model folder not found", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    private static JsonNode Manifest(string model) => JsonNode.Parse(File.ReadAllText(Path.Combine(model, "manifest.json")))!;

    private static string[] LabelsOf(string csv) =>
        [.. File.ReadLines(csv).Skip(1).Select(l => l[(l.LastIndexOf(',') + 1)..]).Distinct().Order(StringComparer.Ordinal)];
}
