using Classifier.Runtime.Bundle;
using Classifier.Train.Api;
using Classifier.Train.Tests.Support;

namespace Classifier.Train.Tests.Training;

/// <summary>The bundle is written to a temporary sibling folder and swapped in: an interrupted or failed write never damages the previous bundle.</summary>
public sealed class AtomicWriteTests : IDisposable
{
    private readonly TempFolder _temp = new("classifier-atomic");
    private readonly string _labels;
    private readonly string _output;

    public AtomicWriteTests()
    {
        _labels = _temp.Combine("labels");
        _output = _temp.Combine("models");
        SmallCorpus.WriteTo(_labels);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Train_StaleTempFolderFromInterruptedWrite_RemovedAndBundleWritten()
    {
        var stale = _output + ".tmp-4242-deadbeef";
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, "segments.model"), "half written");

        ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = _labels, Output = _output, Folds = 0 });

        Assert.False(Directory.Exists(stale));
        Assert.True(File.Exists(Path.Combine(_output, "manifest.json")));
        Assert.Equal([_output], Directory.GetDirectories(_temp.Path, "models*"));
    }

    [Fact]
    public void Train_WriteFailsMidway_PreviousBundleByteIdentical()
    {
        ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = _labels, Output = _output, Folds = 0 });
        var before = Snapshot(_output);

        // Rewrite the bundle with the last model file mapped to a path that cannot be created:
        // the first model files are saved into the temporary folder, then the write fails.
        var bundle = ModelBundle.Load(_output, BundleKinds.ArticleSegments);
        var roles = bundle.Manifest.Files.Keys.ToArray();
        var models = roles.ToDictionary(r => r, bundle.ModelOf);
        var files = roles.ToDictionary(r => r, r => bundle.Manifest.Files[r]);
        files[roles[^1]] = Path.Combine("no-such-folder", "context.model");
        var manifest = bundle.Manifest with { Files = files, CreatedAt = "changed" };

        var failure = Record.Exception(() => BundleWriter.Write(_output, manifest, models));

        Assert.IsAssignableFrom<IOException>(failure);
        Assert.Equal(before, Snapshot(_output));
        Assert.Equal([_output], Directory.GetDirectories(_temp.Path, "models*"));
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
