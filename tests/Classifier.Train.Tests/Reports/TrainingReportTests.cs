using Classifier.Runtime.Bundle;
using Classifier.Train.Labels;
using Classifier.Train.Reports;

namespace Classifier.Train.Tests.Reports;

/// <summary>report.md and its charts: tables and PNGs with metrics, a plain note and no charts without.</summary>
public sealed class TrainingReportTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47];
    private readonly string _folder = Directory.CreateTempSubdirectory("report-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void WriteTo_WithMetrics_WritesTablesAndThreeCharts()
    {
        var manifest = new ModelManifest
        {
            Metrics = new Dictionary<string, ClassificationMetrics>
            {
                ["segments-first-pass"] = Metrics(["boilerplate", "news-report"], [[8, 2], [1, 9]]),
                ["segments"] = Metrics(["boilerplate", "news-report"], [[9, 1], [0, 10]]),
                ["stance"] = Metrics(["neutral", "oppose", "support"], [[3, 1, 1], [1, 2, 2], [0, 1, 4]]),
            },
        };

        new TrainingReport(manifest, Corpus()).WriteTo(_folder);

        var report = File.ReadAllText(Path.Combine(_folder, TrainingReport.FileName));
        Assert.Contains("### First pass only", report);
        Assert.Contains("### First pass + context pass", report);
        Assert.Contains("### Stance", report);
        Assert.Contains("| news-report | 0 | 10 |", report);
        foreach (var chart in new[] { TrainingReport.ConfusionChart, TrainingReport.F1Chart, TrainingReport.StanceConfusionChart })
        {
            Assert.Contains($"]({chart})", report);
            Assert.Equal(PngSignature, File.ReadAllBytes(Path.Combine(_folder, chart))[..4]);
        }
    }

    [Fact]
    public void WriteTo_NoMetrics_SaysCrossValidationWasSkippedAndDrawsNoChart()
    {
        new TrainingReport(new ModelManifest(), Corpus()).WriteTo(_folder);

        var report = File.ReadAllText(Path.Combine(_folder, TrainingReport.FileName));
        Assert.Contains("Cross-validation was skipped (`--folds 0`)", report);
        Assert.Contains("| news-report | 1 | 50.0% |", report);
        Assert.Empty(Directory.GetFiles(_folder, "*.png"));
    }

    private static ClassificationMetrics Metrics(string[] labels, int[][] confusion) => new()
    {
        Method = "test",
        Labels = labels,
        PerLabel = labels.Select((l, i) => new LabelMetrics(l, 0.9, 0.8, 0.85, confusion[i].Sum())).ToArray(),
        MacroF1 = 0.85,
        Accuracy = 0.9,
        Confusion = confusion,
    };

    private static LabelCorpus Corpus() => new(
        [new LabelledArticle("a1", [new LabelledSegment("a1", 0, "Menu", "boilerplate", "s.csv", 2), new LabelledSegment("a1", 1, "Text.", "news-report", "s.csv", 3)])],
        [],
        new TrainingDataSummary { Sha256 = new string('0', 64) });
}
