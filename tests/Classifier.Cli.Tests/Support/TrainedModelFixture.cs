namespace Classifier.Cli.Tests.Support;

/// <summary>
/// Trains the default models once from the repository's labels/ (no cross-validation) into a temp
/// folder, by running <c>classify train</c> in-process; the run is kept for the train command's own tests.
/// </summary>
public sealed class TrainedModelFixture : IDisposable
{
    private readonly TempFolder _temp = new("classifier-cli-model");

    public TrainedModelFixture()
    {
        ModelDirectory = _temp.Combine("models");
        Training = CliRun.Of(["train", "--labels", RepoPaths.Labels, "--out", ModelDirectory, "--folds", "0"]);
        if (Training.Exit != 0)
        {
            throw new InvalidOperationException($"training the test model failed: {Training}");
        }
    }

    public string ModelDirectory { get; }

    /// <summary>The <c>classify train</c> run that wrote <see cref="ModelDirectory"/>.</summary>
    internal CliRun Training { get; }

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class TrainedModelCollection : ICollectionFixture<TrainedModelFixture>
{
    public const string Name = "Trained model";
}
