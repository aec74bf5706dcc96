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
            // The figures agree with the confusion matrix they were computed from.
            var confusion = m!["confusion"]!.AsArray().Select(r => r!.AsArray().Select(c => c!.GetValue<int>()).ToArray()).ToArray();
            var total = confusion.Sum(r => r.Sum());
            var correct = confusion.Select((r, i) => r[i]).Sum();
            Assert.Equal((double)correct / total, m["accuracy"]!.GetValue<double>(), 1e-4);
            var perLabel = m["perLabel"]!.AsArray().Where(l => l!["support"]!.GetValue<int>() > 0).Select(l => l!["f1"]!.GetValue<double>()).ToArray();
            Assert.Equal(perLabel.Average(), m["macroF1"]!.GetValue<double>(), 1e-4);
            Assert.StartsWith("2-fold CV", m["method"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Equal(["context", "segments", "stance"], manifest["files"]!.AsObject().Select(p => p.Key));
        Assert.All(manifest["files"]!.AsObject(), p => Assert.True(File.Exists(_temp.Combine("models", p.Value!.GetValue<string>()))));
    }

    [Fact]
    public void Train_WithOrWithoutCrossValidation_SameModelFiles()
    {
        var labels = _temp.Combine("labels");
        SmallCorpus.WriteTo(labels);

        ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = labels, Output = _temp.Combine("no-cv"), Folds = 0 });
        ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = labels, Output = _temp.Combine("cv"), Folds = 3 });

        var files = ModelFiles(_temp.Combine("no-cv"));
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(f), File.ReadAllBytes(Path.Combine(_temp.Combine("cv"), Path.GetFileName(f)))));
    }

    [Fact]
    public void Train_WithCrossValidation_LogsEachStageAsItStarts()
    {
        var labels = _temp.Combine("labels");
        SmallCorpus.WriteTo(labels);
        var log = new StringWriter();

        ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = labels, Output = _temp.Combine("models"), Folds = 2 }, log);

        var text = log.ToString();
        var stages = new[] { "cross-validation fold 1/2", "cross-validation fold 2/2", "stance cross-validation", "training the final segment models", "training the stance model" };
        var at = stages.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToArray();
        Assert.All(at, i => Assert.True(i >= 0, text));
        Assert.Equal(at.Order(), at);
        Assert.True(text.IndexOf("cross-validation fold 2/2", StringComparison.Ordinal) < text.IndexOf("macro-F1", StringComparison.OrdinalIgnoreCase), "fold progress comes before the metrics");
    }

    private static JsonObject Train(string labels, string output)
    {
        ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = labels, Output = output, Folds = 2 });
        return JsonNode.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")))!.AsObject();
    }

    private static string[] ModelFiles(string folder) => [.. Directory.GetFiles(folder, "*.model").Order(StringComparer.Ordinal)];
}
