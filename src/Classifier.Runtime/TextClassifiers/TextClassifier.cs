using Classifier.Runtime.Bundle;
using Classifier.Runtime.Encoders;
using Classifier.Runtime.Features;
using Classifier.Runtime.Models;

namespace Classifier.Runtime.TextClassifiers;

/// <summary>
/// A text classifier trained on a user's own CSV (<c>Classifier.Train custom</c>), loaded from its
/// bundle: linear models over the shared hashed n-grams (<see cref="NgramHasher"/>), scored as the
/// article models are. Applies the same featurization as training and the bundle's calibration
/// temperature, if any. Immutable, so safe to share across threads.
/// </summary>
public sealed class TextClassifier
{
    private readonly TextClassifierFeaturizer _featurizer;
    private readonly LinearModel _fallback;
    private readonly Dictionary<string, LinearModel> _byGroup = new(StringComparer.Ordinal);

    /// <summary>
    /// A classifier over models in memory, as <see cref="Load"/> makes one from a bundle: training scores
    /// its cross-validation folds through it, so they are scored as <c>classify predict</c> scores.
    /// <paramref name="pathOf"/> names a role's file in error messages; <paramref name="embedder"/> is the
    /// sentence encoder the settings name, needed when they read embeddings.
    /// </summary>
    public TextClassifier(ModelManifest manifest, TextClassifierSettings settings, IReadOnlyDictionary<string, LinearModel> models, Func<string, string> pathOf, ITextEmbedder? embedder = null)
    {
        Manifest = manifest;
        Settings = settings;
        Labels = [.. manifest.Labels];
        _featurizer = new TextClassifierFeaturizer(settings.Featurizer, settings.GroupColumn is not null && settings.GroupMode == GroupModes.Crossed, embedder);
        foreach (var (role, model) in models)
        {
            model.CheckReads(pathOf(role), _featurizer.Hasher.Dimension, _featurizer.DenseCount);
        }

        _fallback = models.TryGetValue(BundleKinds.TextRole, out var text)
            ? text
            : throw new ModelBundleException($"{pathOf(BundleKinds.TextRole)}: the bundle has no '{BundleKinds.TextRole}' model.");
        foreach (var (group, role) in settings.GroupRoles)
        {
            _byGroup[group] = models.TryGetValue(role, out var model)
                ? model
                : throw new ModelBundleException($"{pathOf(role)}: the bundle has no '{role}' model for group '{group}'.");
        }
    }

    /// <summary>The bundle's manifest.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>Columns, group handling and featurization of the model.</summary>
    public TextClassifierSettings Settings { get; }

    /// <summary>The label set, in score order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Loads and checks a custom bundle; a problem is a <see cref="ModelBundleException"/> naming the file.</summary>
    public static TextClassifier Load(string directory)
    {
        var bundle = ModelBundle.Load(directory, BundleKinds.Custom);
        var settings = bundle.Manifest.Custom
            ?? throw new ModelBundleException($"{Path.Combine(directory, BundleJson.ManifestFile)}: a custom bundle without its 'custom' settings; retrain it.");
        var models = bundle.Manifest.Files.Keys.ToDictionary(r => r, bundle.Linear, StringComparer.Ordinal);
        return new TextClassifier(bundle.Manifest, settings, models, bundle.PathOf, EmbedderFor(settings.Featurizer, directory));
    }

    /// <summary>The sentence encoder a bundle's featurization reads, or null when it reads none; a bundle naming another encoder is refused.</summary>
    private static MiniLmEmbedder? EmbedderFor(TextClassifierFeaturizerOptions featurizer, string directory)
    {
        if (!TextFeatureSets.ReadsEmbeddings(featurizer.Features))
        {
            return null;
        }

        var manifest = Path.Combine(directory, BundleJson.ManifestFile);
        if (featurizer.Encoder != MiniLmEmbedder.Name)
        {
            throw new ModelBundleException($"{manifest}: the model reads the sentence encoder '{featurizer.Encoder}', which this version does not have (it has {MiniLmEmbedder.Name}); retrain it.");
        }

        try
        {
            return MiniLmEmbedder.Shared;
        }
        catch (SentenceEncoderException e)
        {
            throw new ModelBundleException($"{manifest}: {e.Message}", e);
        }
    }

    /// <summary>Predicts the label of <paramref name="text"/>; <paramref name="group"/> is the row's group value when the model has a group column.</summary>
    public TextPrediction Predict(string text, string? group = null)
    {
        var scores = Probabilities(text, group);
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        // The label is the argmax of the model's own scores; calibration only rescales the probabilities.
        if (Settings.Temperature is { } temperature)
        {
            scores = TemperatureScaling.Apply(scores, temperature);
        }

        return new TextPrediction(Labels[best], scores[best], scores);
    }

    /// <summary>The model's label probabilities of one text before calibration, in <see cref="Labels"/> order: what training's cross-validation and calibration score.</summary>
    public float[] Probabilities(string text, string? group)
    {
        var model = group is not null && _byGroup.TryGetValue(group, out var m) ? m : _fallback;
        var scores = new float[Labels.Count];
        model.Score(_featurizer.Hasher, _featurizer.Text(text, group), _featurizer.Dense(text), scores);
        return scores;
    }
}
