using Classifier.Train.Api;
using Classifier.Train.Tests.Support;

namespace Classifier.Workbench.Tests.Support;

/// <summary>A model trained once from the small in-code corpus (2-fold grouped cross-validation, so a retraining has a macro-F1 "before"), so the workbench tests start in seconds.</summary>
public sealed class SmallModelFixture : IDisposable
{
    private readonly TempFolder _temp = new("classifier-workbench-model");

    public SmallModelFixture()
    {
        Labels = _temp.Combine("labels");
        SmallCorpus.WriteTo(Labels);
        ModelDirectory = _temp.Combine("models");
        ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = Labels, Output = ModelDirectory, Folds = 2 });
    }

    public string ModelDirectory { get; }

    /// <summary>The corpus the model was trained from: each test copies it as its labels folder.</summary>
    public string Labels { get; }

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SmallModelCollection : ICollectionFixture<SmallModelFixture>
{
    public const string Name = "Small model";
}
