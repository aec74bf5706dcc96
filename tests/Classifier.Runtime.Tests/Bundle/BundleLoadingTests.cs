using System.Text.Json.Nodes;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Tagging;
using Classifier.Runtime.Tests.Support;

namespace Classifier.Runtime.Tests.Bundle;

[Collection(TrainedModelCollection.Name)]
public sealed class BundleLoadingTests(TrainedModelFixture model) : IDisposable
{
    private readonly TempFolder _temp = new("classifier-bundle");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_MissingFolder_ThrowsNamingFolder()
    {
        var missing = _temp.Combine("no-such-models");

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(missing));

        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithoutManifest_ThrowsNamingManifest()
    {
        var dir = Copy();
        File.Delete(Path.Combine(dir, "manifest.json"));

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(dir));

        Assert.Contains(Path.Combine(dir, "manifest.json"), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CorruptManifestJson_ThrowsNamingFileAndLine()
    {
        var dir = Copy();
        var manifest = Path.Combine(dir, "manifest.json");
        File.WriteAllText(manifest, "{\n  \"schemaVersion\": 1,\n  \"kind\": \"article-segments\",\n  \"labels\": [ oops\n}\n");

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(dir));

        Assert.Contains(manifest + ":4:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestSchemaVersion99_ThrowsNewer()
    {
        var dir = Copy();
        EditManifest(dir, m => m["schemaVersion"] = 99);

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(dir));

        Assert.Contains(Path.Combine(dir, "manifest.json"), e.Message, StringComparison.Ordinal);
        Assert.Contains("99", e.Message, StringComparison.Ordinal);
        Assert.Contains("newer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ModelFileOverwrittenWithGarbage_ThrowsNamingFile()
    {
        var dir = Copy();
        var file = Path.Combine(dir, ManifestFiles(dir)["segments"]);
        File.WriteAllBytes(file, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 251))]);

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(dir));

        Assert.StartsWith(file + ":", e.Message, StringComparison.Ordinal);
        Assert.Contains("not a model file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ModelFileCutShort_ThrowsNamingFile()
    {
        var dir = Copy();
        var file = Path.Combine(dir, ManifestFiles(dir)["context"]);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(dir));

        Assert.StartsWith(file + ":", e.Message, StringComparison.Ordinal);
        Assert.Contains("cut short", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ModelFileOfAnotherFormatVersion_ThrowsRetrain()
    {
        var dir = Copy();
        var file = Path.Combine(dir, ManifestFiles(dir)["stance"]);
        var bytes = File.ReadAllBytes(file);
        BitConverter.GetBytes(99).CopyTo(bytes, 4);
        File.WriteAllBytes(file, bytes);

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(dir));

        Assert.StartsWith(file + ":", e.Message, StringComparison.Ordinal);
        Assert.Contains("version 99", e.Message, StringComparison.Ordinal);
        Assert.Contains("retrain", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MlNetZipInPlaceOfModel_ThrowsRetrain()
    {
        var dir = Copy();
        var file = Path.Combine(dir, ManifestFiles(dir)["segments"]);
        File.WriteAllBytes(file, [(byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0]);

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(dir));

        Assert.StartsWith(file + ":", e.Message, StringComparison.Ordinal);
        Assert.Contains("ML.NET zip", e.Message, StringComparison.Ordinal);
        Assert.Contains("retrain", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestSchemaVersion1_ThrowsRetrain()
    {
        var dir = Copy();
        EditManifest(dir, m => m["schemaVersion"] = 1);

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(dir));

        Assert.StartsWith(Path.Combine(dir, "manifest.json") + ":", e.Message, StringComparison.Ordinal);
        Assert.Contains("retrain", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestLabelsAltered_ThrowsMismatchNamingModel()
    {
        var dir = Copy();
        EditManifest(dir, m =>
        {
            var labels = m["labels"]!.AsArray();
            labels[0] = "not-a-label";
        });

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(dir));

        var zips = ManifestFiles(dir).Values.Select(f => Path.Combine(dir, f) + ":");
        Assert.Contains(zips, z => e.Message.StartsWith(z, StringComparison.Ordinal));
        Assert.Contains("not-a-label", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestLabelsReordered_ThrowsMismatch()
    {
        var dir = Copy();
        EditManifest(dir, m =>
        {
            var labels = m["labels"]!.AsArray().Select(l => l!.GetValue<string>()).Reverse().ToArray();
            m["labels"] = new JsonArray([.. labels.Select(l => (JsonNode)JsonValue.Create(l))]);
        });

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(dir));

        var zips = ManifestFiles(dir).Values.Select(f => Path.Combine(dir, f) + ":");
        Assert.Contains(zips, z => e.Message.StartsWith(z, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ManifestHashBitsNotThoseTrainedWith_ThrowsMismatchNamingModel()
    {
        var dir = Copy();
        EditManifest(dir, m => m["featurizer"]!["hashBits"] = m["featurizer"]!["hashBits"]!.GetValue<int>() - 2);

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(dir));

        Assert.StartsWith(Path.Combine(dir, ManifestFiles(dir)["segments"]) + ":", e.Message, StringComparison.Ordinal);
        Assert.Contains("mismatched", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TreeModelInPlaceOfLinearModel_ThrowsMismatchNamingModel()
    {
        var dir = Copy();
        var files = ManifestFiles(dir);
        File.Copy(Path.Combine(dir, files["context"]), Path.Combine(dir, files["segments"]), overwrite: true);

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(dir));

        Assert.StartsWith(Path.Combine(dir, files["segments"]) + ":", e.Message, StringComparison.Ordinal);
        Assert.Contains("mismatched", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestHashBitsOutOfRange_ThrowsNamingManifest()
    {
        var dir = Copy();
        EditManifest(dir, m => m["featurizer"]!["hashBits"] = 40);

        var e = Assert.Throws<ModelBundleException>(() => ArticleTagger.Load(dir));

        Assert.StartsWith(Path.Combine(dir, "manifest.json") + ":", e.Message, StringComparison.Ordinal);
        Assert.Contains("hashBits", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UntouchedCopy_Loads()
    {
        var tagger = ArticleTagger.Load(Copy());

        Assert.Equal(model.Tagger.Labels, tagger.Labels);
    }

    private string Copy()
    {
        var target = _temp.Combine("bundle-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(model.ModelDirectory))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    private static void EditManifest(string dir, Action<JsonObject> edit)
    {
        var path = Path.Combine(dir, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    private static Dictionary<string, string> ManifestFiles(string dir)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")))!;
        return manifest["files"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
    }
}
