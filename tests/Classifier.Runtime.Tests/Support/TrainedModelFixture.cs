using Classifier.Runtime.Tagging;
using Classifier.Train.Api;

namespace Classifier.Runtime.Tests.Support;

/// <summary>
/// Trains the default models once (from the repository's labels/, no cross-validation) into a
/// temp folder, through Classifier.Train's public API, and shares the loaded tagger.
/// </summary>
public sealed class TrainedModelFixture : IDisposable
{
    private readonly TempFolder _temp = new("classifier-runtime-model");

    public TrainedModelFixture()
    {
        ModelDirectory = _temp.Combine("models");
        ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = RepoPaths.Labels, Output = ModelDirectory, Folds = 0 });
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
