using System.Reflection;
using Classifier.Runtime.Tagging;

namespace Classifier.Runtime.Tests.Support;

/// <summary>
/// Trains the default models once (from the repository's labels/, no cross-validation) into a
/// temp folder, through Classifier.Train's own command line, and shares the loaded tagger.
/// </summary>
public sealed class TrainedModelFixture : IDisposable
{
    private readonly TempFolder _temp = new("classifier-runtime-model");

    public TrainedModelFixture()
    {
        ModelDirectory = _temp.Combine("models");
        var entry = Assembly.Load("Classifier.Train").EntryPoint
            ?? throw new InvalidOperationException("Classifier.Train has no entry point");
        string[] args = ["--labels", RepoPaths.Labels, "--out", ModelDirectory, "--folds", "0"];
        var exit = entry.Invoke(null, [args]);
        if (exit is not 0)
        {
            throw new InvalidOperationException($"training the test model failed with exit code {exit}");
        }

        Tagger = ArticleTagger.Load(ModelDirectory);
    }

    /// <summary>The trained bundle; tests that alter a bundle copy it first.</summary>
    public string ModelDirectory { get; }

    public ArticleTagger Tagger { get; }

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class TrainedModelCollection : ICollectionFixture<TrainedModelFixture>
{
    public const string Name = "Trained model";
}
