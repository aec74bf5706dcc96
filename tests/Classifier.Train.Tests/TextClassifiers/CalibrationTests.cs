using System.Text;
using System.Text.Json.Nodes;
using Classifier.Runtime.TextClassifiers;
using Classifier.Train.TextClassifiers;
using Xunit.Abstractions;

namespace Classifier.Train.Tests.TextClassifiers;

public sealed class CalibrationTests(ITestOutputHelper testOutput) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("custom-calibration-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(TextClassifierTrainers.Auto, null)]
    [InlineData(TextClassifierTrainers.OvaHinge, 3e-6f)]
    public void Build_NoisyLabels_HeldOutTopProbabilityIsNearAccuracy(string trainer, float? l2)
    {
        // Three topics; 30% of the labels (train and held-out alike) are replaced by a random topic,
        // so about 80% of held-out labels can be right and a calibrated model must say so. Every row
        // ends with four random words, which a weakly regularised SVM uses to fit the noise of its rows.
        var train = Write("train.csv", from: 0, count: 150);
        var heldOut = Read(Write("held-out.csv", from: 150, count: 60));
        var output = Path.Combine(_folder, "model");
        var log = new StringWriter();

        var manifest = new TextClassifierBuilder(new TextClassifierTrainingSettings { Folds = 0, Trainer = trainer, L2 = l2 }, new(), log)
            .Build(train, null, new TextClassifierColumns("text", "label"), output);

        Assert.NotNull(manifest.Custom!.Temperature);
        Assert.StartsWith("temperature ", manifest.Training["calibration"]);
        Assert.Contains("Calibration: temperature ", log.ToString());
        var classifier = TextClassifier.Load(output);
        var predictions = heldOut.Select(r => (r.Label, Prediction: classifier.Predict(r.Text))).ToArray();
        var accuracy = predictions.Average(p => p.Prediction.Label == p.Label ? 1.0 : 0.0);
        var meanTop = predictions.Average(p => (double)p.Prediction.Confidence);
        var uncalibrated = Uncalibrated(output);
        var meanTopBefore = heldOut.Average(r => (double)uncalibrated.Predict(r.Text).Confidence);
        testOutput.WriteLine($"{trainer}: accuracy {accuracy:F3}, mean top probability {meanTop:F3} (uncalibrated {meanTopBefore:F3}); {manifest.Training["trainer"]} l2 {manifest.Training["l2"]}, {manifest.Training["calibration"]}");
        Assert.True(meanTop < 0.9, $"mean top probability {meanTop:F3} (accuracy {accuracy:F3}, {manifest.Training["trainer"]}, {manifest.Training["calibration"]})");
        Assert.True(Math.Abs(meanTop - accuracy) < 0.15, $"mean top probability {meanTop:F3} vs accuracy {accuracy:F3} ({manifest.Training["trainer"]}, {manifest.Training["calibration"]})");
        Assert.All(predictions, p => Assert.Equal(1f, p.Prediction.Scores.Sum(), 3));
    }

    [Fact]
    public void TemperatureScaling_KeepsTheOrderAndSoftensAboveOne()
    {
        float[] probabilities = [0.001f, 0.98f, 0.019f];

        var same = TemperatureScaling.Apply(probabilities, 1);
        var softer = TemperatureScaling.Apply(probabilities, 3);
        var sharper = TemperatureScaling.Apply(probabilities, 0.5);

        Assert.Equal(probabilities, same, (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Equal(1f, softer.Sum(), 5);
        Assert.True(softer[1] < 0.98f && softer[1] > softer[2] && softer[2] > softer[0]);
        Assert.True(sharper[1] > 0.98f);
    }

    [Fact]
    public void Calibrator_OverconfidentScores_FitsATemperatureAboveOne()
    {
        // Always 0.99 for the predicted label, but right only 3 times in 4: the fitted temperature must soften it.
        string[] labels = ["a", "b"];
        var scores = Enumerable.Range(0, 400).Select(_ => new[] { 0.99f, 0.01f }).ToArray();
        var truth = Enumerable.Range(0, 400).Select(i => i % 4 == 0 ? "b" : "a").ToArray();

        var calibration = TextClassifierCalibrator.Fit(new TextClassifierOutOfFold(scores, truth, "test"), labels)!;

        Assert.True(calibration.Temperature > 1);
        Assert.Equal(0.75, TemperatureScaling.Apply(scores[0], calibration.Temperature)[0], 2);
        Assert.True(calibration.LogLossAfter < calibration.LogLossBefore);
    }

    /// <summary>The same bundle without its temperature, as written before calibration existed (the field is optional).</summary>
    private TextClassifier Uncalibrated(string bundle)
    {
        var copy = Path.Combine(_folder, "uncalibrated");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(bundle))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)), overwrite: true);
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(copy, "manifest.json")))!;
        Assert.True(manifest["custom"]!.AsObject().Remove("temperature"));
        File.WriteAllText(Path.Combine(copy, "manifest.json"), manifest.ToJsonString());
        return TextClassifier.Load(copy);
    }

    [Fact]
    public void Calibrator_SeparableScores_NeverSharpens()
    {
        string[] labels = ["a", "b"];
        var scores = Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? new[] { 0.9f, 0.1f } : [0.1f, 0.9f]).ToArray();
        var truth = Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? "a" : "b").ToArray();

        var calibration = TextClassifierCalibrator.Fit(new TextClassifierOutOfFold(scores, truth, "test"), labels)!;

        Assert.Equal(1.0, calibration.Stored);
    }

    private string Write(string name, int from, int count)
    {
        var random = new Random(7 + from);
        var builder = new StringBuilder("id,text,label\n");
        for (var i = from; i < from + count; i++)
        {
            foreach (var topic in TopicCsv.Topics)
            {
                var label = random.NextDouble() < 0.3 ? TopicCsv.Topics[random.Next(TopicCsv.Topics.Length)] : topic;
                var tag = string.Join(' ', Enumerable.Range(0, 4).Select(_ => new string(Enumerable.Range(0, 6).Select(_ => (char)('a' + random.Next(26))).ToArray())));
                builder.Append($"r{i}-{topic},{TopicCsv.Sentence(topic, i)} ref {tag},{label}\n");
            }
        }

        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, builder.ToString());
        return path;
    }

    private static (string Text, string Label)[] Read(string path) =>
        File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).Select(f => (f[1], f[2])).ToArray();
}
