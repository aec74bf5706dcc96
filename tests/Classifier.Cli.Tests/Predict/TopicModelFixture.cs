using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Predict;

/// <summary>Trains one custom model on the generated topic CSV with <c>classify custom</c>, shared by the predict tests.</summary>
public sealed class TopicModelFixture : IDisposable
{
    public TopicModelFixture()
    {
        Folder = Directory.CreateTempSubdirectory("custom-predict-").FullName;
        Model = Path.Combine(Folder, "model");
        var run = CliRun.Of(["custom", "--data", TopicCsv.Write(Folder), "--out", Model, "--folds", "0"]);
        if (run.Exit != 0)
        {
            throw new InvalidOperationException($"training the topic model failed: {run}");
        }
    }

    public string Folder { get; }

    public string Model { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
