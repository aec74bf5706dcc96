using Classifier.Runtime.Bundle;
using Classifier.Runtime.Features;
using Classifier.Runtime.Models;

namespace Classifier.Runtime.Custom;

/// <summary>
/// A text classifier trained on a user's own CSV (<c>Classifier.Train custom</c>), loaded from its
/// bundle. Applies the same featurization as training and the bundle's calibration temperature, if
/// any. Safe to share across threads.
/// </summary>
public sealed class CustomClassifier
{
    private readonly CustomTextFeaturizer _featurizer;
    private readonly EnginePool<TextRow, ScoreRow> _fallback;
    private readonly Dictionary<string, EnginePool<TextRow, ScoreRow>> _byGroup = new(StringComparer.Ordinal);

    private CustomClassifier(ModelBundle bundle, CustomModelSettings settings)
    {
        Manifest = bundle.Manifest;
        Settings = settings;
        Labels = [.. bundle.Manifest.Labels];
        _featurizer = new CustomTextFeaturizer(settings.Featurizer, settings.GroupColumn is not null && settings.GroupMode == GroupModes.Crossed);
        _fallback = Pool(bundle, BundleKinds.TextRole);
        foreach (var (group, role) in settings.GroupRoles)
        {
            _byGroup[group] = Pool(bundle, role);
        }
    }

    /// <summary>The bundle's manifest.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>Columns, group handling and featurization of the model.</summary>
    public CustomModelSettings Settings { get; }

    /// <summary>The label set, in score order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Loads and checks a custom bundle; a problem is a <see cref="ModelBundleException"/> naming the file.</summary>
    public static CustomClassifier Load(string directory)
    {
        var bundle = ModelBundle.Load(directory, BundleKinds.Custom);
        var settings = bundle.Manifest.Custom
            ?? throw new ModelBundleException($"{Path.Combine(directory, BundleJson.ManifestFile)}: a custom bundle without its 'custom' settings; retrain it.");
        return new CustomClassifier(bundle, settings);
    }

    /// <summary>Predicts the label of <paramref name="text"/>; <paramref name="group"/> is the row's group value when the model has a group column.</summary>
    public CustomPrediction Predict(string text, string? group = null)
    {
        var pool = group is not null && _byGroup.TryGetValue(group, out var p) ? p : _fallback;
        var scores = pool.ScoreAll([_featurizer.ToRow(text, group)], r => r.Score)[0];
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

        return new CustomPrediction(Labels[best], scores[best], scores);
    }

    private static EnginePool<TextRow, ScoreRow> Pool(ModelBundle bundle, string role)
    {
        var model = bundle.Get(role);
        var schema = RowSchemas.ForText(CustomTextFeaturizer.DenseCount);
        return new(() => bundle.Context.Model.CreatePredictionEngine<TextRow, ScoreRow>(model.Transformer, inputSchemaDefinition: schema));
    }
}
