using System.Text.Json;
using Microsoft.ML;

namespace Classifier.Runtime.Bundle;

/// <summary>A loaded, checked bundle: the manifest and one ML.NET model per role.</summary>
internal sealed class ModelBundle
{
    private readonly Dictionary<string, LoadedModel> _models;

    private ModelBundle(string directory, ModelManifest manifest, MLContext context, Dictionary<string, LoadedModel> models)
    {
        Directory = directory;
        Manifest = manifest;
        Context = context;
        _models = models;
    }

    public string Directory { get; }

    public ModelManifest Manifest { get; }

    public MLContext Context { get; }

    /// <summary>The file of a role's model, for messages.</summary>
    public string PathOf(string role) => Path.Combine(Directory, Manifest.Files.TryGetValue(role, out var file) ? file : role);

    public bool Has(string role) => _models.ContainsKey(role);

    public LoadedModel Get(string role) => _models.TryGetValue(role, out var m)
        ? m
        : throw new ModelBundleException($"{Path.Combine(Directory, BundleJson.ManifestFile)}: the bundle has no '{role}' model.");

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

        var context = new MLContext(seed: 1);
        var models = new Dictionary<string, LoadedModel>();
        foreach (var (role, file) in manifest.Files)
        {
            var path = Path.Combine(directory, file);
            var model = LoadModel(context, path);
            CheckLabels(path, role, model, manifest);
            models[role] = model;
        }

        return new ModelBundle(directory, manifest, context, models);
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

        return manifest;
    }

    private static LoadedModel LoadModel(MLContext context, string path)
    {
        if (!File.Exists(path))
        {
            throw new ModelBundleException($"{path}: model file missing from the bundle.");
        }

        try
        {
            var model = context.Model.Load(path, out var schema);
            return new LoadedModel(model, schema);
        }
        catch (Exception e) when (e is not ModelBundleException)
        {
            throw new ModelBundleException($"{path}: cannot load the model ({e.GetType().Name}: {e.Message}); the file is corrupt or not an ML.NET model.", e);
        }
    }

    private static void CheckLabels(string path, string role, LoadedModel model, ModelManifest manifest)
    {
        var expected = role == BundleKinds.StanceRole ? manifest.StanceLabels : manifest.Labels;
        string[] actual;
        try
        {
            actual = Models.RowSchemas.LabelsOf(model.Transformer, model.InputSchema);
        }
        catch (Exception e)
        {
            throw new ModelBundleException($"{path}: the model has no labelled Score column ({e.Message}).", e);
        }

        if (!actual.SequenceEqual(expected))
        {
            throw new ModelBundleException(
                $"{path}: the model's labels [{string.Join(", ", actual)}] do not match the manifest's [{string.Join(", ", expected)}]; the bundle is mismatched.");
        }
    }
}

/// <summary>An ML.NET model with the input schema it was saved with.</summary>
internal sealed record LoadedModel(ITransformer Transformer, DataViewSchema InputSchema);
