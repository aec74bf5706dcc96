using Classifier.Runtime.Tagging;
using Classifier.Train.Api;

namespace Classifier.Train.Tests.Support;

/// <summary>
/// Trains the default models once (from the repository's labels/, no cross-validation) into a temp
/// folder and shares the loaded tagger, for the tests that measure it on the development pages.
/// </summary>
public sealed class TrainedModelFixture : IDisposable
{
    private readonly TempFolder _temp = new("classifier-train-model");

    public TrainedModelFixture()
    {
        var models = _temp.Combine("models");
        ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = RepoPaths.Labels, Output = models, Folds = 0 });
        Tagger = ArticleTagger.Load(models);
    }

    public ArticleTagger Tagger { get; }

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class TrainedModelCollection : ICollectionFixture<TrainedModelFixture>
{
    public const string Name = "Trained model";
}
