using Classifier.Train.Commands;
using Classifier.Train.Training;

namespace Classifier.Cli.Tests.Support;

/// <summary>Trains the default models once from the repository's labels/ (no cross-validation) into a temp folder.</summary>
public sealed class TrainedModelFixture : IDisposable
{
    private readonly TempFolder _temp = new("classifier-cli-model");

    public TrainedModelFixture()
    {
        ModelDirectory = _temp.Combine("models");
        var errors = new StringWriter();
        var exit = TrainCommand.Run(RepoPaths.Labels, ModelDirectory, new TrainingOptions { Folds = 0 }, TextWriter.Null, errors);
        if (exit != 0)
        {
            throw new InvalidOperationException($"training the test model failed ({exit}): {errors}");
        }
    }

    public string ModelDirectory { get; }

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class TrainedModelCollection : ICollectionFixture<TrainedModelFixture>
{
    public const string Name = "Trained model";
}
