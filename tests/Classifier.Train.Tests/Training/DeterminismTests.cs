using System.Text.Json.Nodes;
using Classifier.Runtime.Bundle;
using Classifier.Train.Api;
using Classifier.Train.Tests.Support;

namespace Classifier.Train.Tests.Training;

/// <summary>The same labels and settings give the same bundle: only the creation time may differ.</summary>
public sealed class DeterminismTests : IDisposable
{
    private readonly TempFolder _temp = new("classifier-determinism");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_SameLabelsTwice_ManifestsEqualExceptCreatedAt()
    {
        var labels = _temp.Combine("labels");
        SmallCorpus.WriteTo(labels);

        var first = Train(labels, _temp.Combine("first"));
        var second = Train(labels, _temp.Combine("second"));

        Assert.NotNull(first["createdAt"]);
        first.Remove("createdAt");
        second.Remove("createdAt");
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(ModelFiles(_temp.Combine("first")).Select(Path.GetFileName), ModelFiles(_temp.Combine("second")).Select(Path.GetFileName));
        Assert.All(ModelFiles(_temp.Combine("first")), f => Assert.Equal(File.ReadAllBytes(f), File.ReadAllBytes(Path.Combine(_temp.Combine("second"), Path.GetFileName(f)))));
    }

    [Fact]
    public void Run_SmallCorpus_ManifestHasSchemaLabelsHashesAndMetrics()
    {
        var labels = _temp.Combine("labels");
        SmallCorpus.WriteTo(labels);

        var manifest = Train(labels, _temp.Combine("models"));

        Assert.Equal(ModelManifest.CurrentSchemaVersion, manifest["schemaVersion"]!.GetValue<int>());
        Assert.Equal(
            ["boilerplate", "heading", "news-report", "social-quote", "unrelated-link"],
            manifest["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(["neutral", "oppose", "support"], manifest["stanceLabels"]!.AsArray().Select(l => l!.GetValue<string>()));
        var data = manifest["trainingData"]!;
        Assert.Matches("^[0-9a-f]{64}$", data["sha256"]!.GetValue<string>());
        Assert.Equal(["quotes.csv", "segments.csv"], data["files"]!.AsObject().Select(p => p.Key));
        Assert.All(data["files"]!.AsObject(), p => Assert.Matches("^[0-9a-f]{64}$", p.Value!.GetValue<string>()));
        Assert.Equal(12, data["groups"]!.GetValue<int>());
        Assert.Equal(132, data["rows"]!.GetValue<int>());
        Assert.Equal(36, data["quotes"]!.GetValue<int>());
        var metrics = manifest["metrics"]!.AsObject();
        Assert.Equal(["segments", "segments-first-pass", "stance"], metrics.Select(p => p.Key));
        foreach (var (_, m) in metrics)
        {
            var f1 = m!["macroF1"]!.GetValue<double>();
            Assert.InRange(f1, 0.0, 1.0);
            Assert.StartsWith("2-fold CV", m["method"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Equal(["context", "segments", "stance"], manifest["files"]!.AsObject().Select(p => p.Key));
        Assert.All(manifest["files"]!.AsObject(), p => Assert.True(File.Exists(_temp.Combine("models", p.Value!.GetValue<string>()))));
    }

    private static JsonObject Train(string labels, string output)
    {
        ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = labels, Output = output, Folds = 2 });
        return JsonNode.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")))!.AsObject();
    }

    private static string[] ModelFiles(string folder) => [.. Directory.GetFiles(folder, "*.model").Order(StringComparer.Ordinal)];
}
