using System.Text.Json.Nodes;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary><c>classify custom</c> and <c>classify evaluate</c> on the shipped headline sample, and their failures.</summary>
public sealed class CustomCommandTests : IDisposable
{
    private static readonly string Headlines = Path.Combine(RepoPaths.Root, "samples", "custom", "headlines.csv");
    private readonly TempFolder _temp = new("classifier-cli-custom");

    public void Dispose() => _temp.Dispose();

    // The README's quick start, as a newcomer runs it: the model must be right on the three sample
    // articles that belong to a label (a4, a readers' letter, belongs to none).
    [Fact]
    public void QuickStart_CustomPredictEvaluate_SampleArticlesGetTheirTopics()
    {
        var model = _temp.Combine("model");

        var custom = CliRun.Of(["custom", "--data", Headlines, "--text-column", "text", "--label-column", "label", "--folds", "3", "--out", model]);

        Assert.True(custom.Exit == 0, custom.ToString());
        Assert.Contains("3-fold", custom.Stdout, StringComparison.Ordinal);
        var cvMacroF1 = double.Parse(System.Text.RegularExpressions.Regex.Match(custom.Stdout, @"(?m)^macro-F1\s+(\d\.\d{3})").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(cvMacroF1 >= 0.95, $"cross-validated macro-F1 {cvMacroF1}\n{custom.Stdout}");
        var labels = Manifest(model)["labels"]!.AsArray().Select(l => l!.GetValue<string>()).ToArray();
        Assert.Equal(LabelsOf(Headlines), labels);

        var predict = CliRun.Of(["predict", "--model", model, Path.Combine(RepoPaths.Root, "samples", "custom", "articles.csv")]);

        Assert.True(predict.Exit == 0, predict.ToString());
        var predicted = predict.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .ToDictionary(line => line[..line.IndexOf(',')], line => line.Split(',')[^3]);
        Assert.Equal("sport", predicted["a1"]);
        Assert.Equal("weather", predicted["a2"]);
        Assert.Equal("politics", predicted["a3"]);

        var evaluate = CliRun.Of(["evaluate", "--model", model, "--data", Headlines]);

        Assert.True(evaluate.Exit == 0, evaluate.ToString());
        Assert.Contains($"Evaluation of {model}", evaluate.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^macro-F1\s+\d\.\d{3}", evaluate.Stdout);
        Assert.All(labels, l => Assert.Contains(l, evaluate.Stdout, StringComparison.Ordinal));
    }

    [Fact]
    public void Custom_FixedL2TrainerWeightingAndFeatures_ReachTheManifest()
    {
        var model = _temp.Combine("model");

        var run = CliRun.Of(["custom", "--data", Headlines, "--out", model, "--folds", "0", "--l2", "0.001", "--trainer", "lbfgs-maxent", "--weighting", "tfidf", "--features", "both"]);

        Assert.True(run.Exit == 0, run.ToString());
        var manifest = Manifest(model);
        Assert.Equal("0.001", manifest["training"]!["l2"]!.GetValue<string>());
        Assert.Equal("lbfgs-maxent", manifest["training"]!["trainer"]!.GetValue<string>());
        Assert.Equal("tfidf", manifest["training"]!["weighting"]!.GetValue<string>());
        Assert.True(manifest["custom"]!["featurizer"]!["tfIdf"]!.GetValue<bool>());
        Assert.Equal("both", manifest["training"]!["features"]!.GetValue<string>());
        Assert.Equal("both", manifest["custom"]!["featurizer"]!["features"]!.GetValue<string>());
        Assert.StartsWith("all-MiniLM-L6-v2", manifest["custom"]!["featurizer"]!["encoder"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(384, manifest["custom"]!["featurizer"]!["encoderDimension"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("--l2", "strong")]
    [InlineData("--trainer", "forest")]
    [InlineData("--weighting", "bm25")]
    [InlineData("--features", "glove")]
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
