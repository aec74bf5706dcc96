using System.Text.Json;
using Classifier.Runtime.Models;

namespace Classifier.Runtime.Bundle;

/// <summary>A loaded, checked bundle: the manifest and one model per role (<see cref="LinearModel"/>, <see cref="TreeEnsembleModel"/>).</summary>
public sealed class ModelBundle
{
    private readonly Dictionary<string, ClassModel> _models;

    private ModelBundle(string directory, ModelManifest manifest, Dictionary<string, ClassModel> models)
    {
        Directory = directory;
        Manifest = manifest;
        _models = models;
    }

    /// <summary>The folder the bundle was loaded from.</summary>
    public string Directory { get; }

    /// <summary>The bundle's checked manifest.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>The file of a role's model, for messages.</summary>
    public string PathOf(string role) => Path.Combine(Directory, Manifest.Files.TryGetValue(role, out var file) ? file : role);

    /// <summary>Whether the bundle holds a model for <paramref name="role"/>.</summary>
    public bool Has(string role) => _models.ContainsKey(role);

    /// <summary>The role's linear model; a missing role or a model of another kind is a <see cref="ModelBundleException"/>.</summary>
    public LinearModel Linear(string role) => Own<LinearModel>(role, "a linear model");

    /// <summary>The role's tree ensemble; a missing role or a model of another kind is a <see cref="ModelBundleException"/>.</summary>
    public TreeEnsembleModel Trees(string role) => Own<TreeEnsembleModel>(role, "a tree ensemble");

    /// <summary>The role's model, whichever kind it is.</summary>
    public ClassModel ModelOf(string role) => Own<ClassModel>(role, "a model");

    private T Own<T>(string role, string what)
        where T : ClassModel =>
        !_models.TryGetValue(role, out var m)
            ? throw new ModelBundleException($"{Path.Combine(Directory, BundleJson.ManifestFile)}: the bundle has no '{role}' model.")
            : m as T ?? throw new ModelBundleException($"{PathOf(role)}: the '{role}' model should be {what}; the bundle is mismatched.");

    /// <summary>Loads and checks a bundle; any problem becomes a <see cref="ModelBundleException"/> naming the file.</summary>
    public static ModelBundle Load(string directory, string expectedKind)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new ModelBundleException($"{directory}: model folder not found.");
        }

        var manifest = ReadManifest(directory);
        if (manifest.Kind != expectedKind)
        {
            throw new ModelBundleException($"{Path.Combine(directory, BundleJson.ManifestFile)}: a '{manifest.Kind}' bundle, but a '{expectedKind}' bundle is needed here.");
        }

        var models = new Dictionary<string, ClassModel>(StringComparer.Ordinal);
        foreach (var (role, file) in manifest.Files)
        {
            var path = Path.Combine(directory, file);
            var model = ModelFile.Read(path);
            CheckLabels(path, role, [.. model.Labels], manifest);
            models[role] = model;
        }

        return new ModelBundle(directory, manifest, models);
    }

    private static ModelManifest ReadManifest(string directory)
    {
        var path = Path.Combine(directory, BundleJson.ManifestFile);
        if (!File.Exists(path))
        {
            throw new ModelBundleException($"{path}: missing; '{directory}' is not a model bundle (train one with Classifier.Train).");
        }

        ModelManifest? manifest;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var version = doc.RootElement.TryGetProperty("schemaVersion", out var v) && v.TryGetInt32(out var n) ? n : 0;
            if (version > ModelManifest.CurrentSchemaVersion)
            {
                throw new ModelBundleException($"{path}: manifest schema {version} is newer than this build reads ({ModelManifest.CurrentSchemaVersion}); update the toolkit or retrain.");
            }

            if (version < 1)
            {
                throw new ModelBundleException($"{path}: no valid schemaVersion; not a manifest of this toolkit.");
            }

            if (version < ModelManifest.CurrentSchemaVersion)
            {
                throw new ModelBundleException($"{path}: manifest schema {version} is from an older toolkit, whose models were ML.NET zips; retrain the bundle (schema {ModelManifest.CurrentSchemaVersion}).");
            }

            manifest = doc.RootElement.Deserialize<ModelManifest>(BundleJson.Options);
        }
        catch (JsonException e)
        {
            throw new ModelBundleException($"{path}:{(e.LineNumber ?? 0) + 1}: manifest is not valid JSON ({e.Message})", e);
        }

        if (manifest is null || manifest.Labels.Count == 0 || manifest.Files.Count == 0)
        {
            throw new ModelBundleException($"{path}: manifest lists no labels or no model files.");
        }

        try
        {
            _ = new Features.NgramHasher(manifest.Featurizer);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ModelBundleException($"{path}: featurizer.hashBits is {manifest.Featurizer.HashBits}: {e.Message}", e);
        }

        if (manifest.Custom is { } custom)
        {
            try
            {
                _ = new Features.NgramHasher(custom.Featurizer.Ngrams);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new ModelBundleException($"{path}: custom.featurizer's n-gram settings are invalid: {e.Message}", e);
            }
        }

        return manifest;
    }

    private static void CheckLabels(string path, string role, string[] actual, ModelManifest manifest)
    {
        var expected = role == BundleKinds.StanceRole ? manifest.StanceLabels : manifest.Labels;
        if (!actual.SequenceEqual(expected))
        {
            throw new ModelBundleException(
                $"{path}: the model's labels [{string.Join(", ", actual)}] do not match the manifest's [{string.Join(", ", expected)}]; the bundle is mismatched.");
        }
    }
}
