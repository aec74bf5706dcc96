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
        var stale = _output + ".tmp-99999999-deadbeef"; // above any Linux pid_max: no live writer
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

    [Fact]
    public void Train_TempFolderOfALiveWriter_LeftAlone()
    {
        using var writer = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var live = _output + $".tmp-{writer.Id}-cafebabe";
        Directory.CreateDirectory(live);
        try
        {
            ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = _labels, Output = _output, Folds = 0 });

            Assert.True(Directory.Exists(live), "another process's temporary folder was removed while it ran");
            Assert.True(File.Exists(Path.Combine(_output, "manifest.json")));
        }
        finally
        {
            writer.Kill();
        }
    }

    [Fact]
    public void Train_TwoTrainingsIntoTheSameFolderAtOnce_BothSucceedAndTheBundleLoads()
    {
        var options = new ArticleTrainingOptions { Labels = _labels, Output = _output, Folds = 0 };

        Parallel.Invoke(() => ArticleModelTraining.Train(options), () => ArticleModelTraining.Train(options));

        Assert.NotNull(ModelBundle.Load(_output, BundleKinds.ArticleSegments));
        Assert.Equal([_output], Directory.GetDirectories(_temp.Path, "models*"));
        Assert.Empty(Directory.GetFiles(_temp.Path, "models*"));
    }

    [Theory]
    [InlineData("file")]
    [InlineData("file/sub/models")]
    public void Train_OutUnderARegularFile_FailsBeforeTrainingNamingThePath(string under)
    {
        File.WriteAllText(_temp.Combine("file"), "not a folder");
        var output = _temp.Combine(under);
        var log = new StringWriter();

        var error = Assert.Throws<IOException>(() => ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = _labels, Output = output, Folds = 2 }, log));

        Assert.Contains(_temp.Combine("file"), error.Message, StringComparison.Ordinal);
        Assert.Contains("is a file, not a folder", error.Message, StringComparison.Ordinal);
        Assert.Equal("", log.ToString()); // nothing was trained: not even the corpus was read
    }
}
