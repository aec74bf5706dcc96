using Classifier.Train.Custom;

namespace Classifier.Cli.Tests.Predict;

/// <summary>Trains one custom model on the generated topic CSV, shared by the predict tests.</summary>
public sealed class TopicModelFixture : IDisposable
{
    public TopicModelFixture()
    {
        Folder = Directory.CreateTempSubdirectory("custom-predict-").FullName;
        Model = Path.Combine(Folder, "model");
        new CustomModelBuilder(new CustomTrainingOptions { Folds = 0 }, new(), TextWriter.Null)
            .Build(TopicCsv.Write(Folder), null, new CustomColumns("text", "label"), Model);
    }

    public string Folder { get; }

    public string Model { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
