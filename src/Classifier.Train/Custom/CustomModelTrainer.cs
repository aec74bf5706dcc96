using System.Globalization;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Custom;
using Classifier.Runtime.Features;
using Classifier.Runtime.Models;
using Classifier.Train.Pipelines;
using Classifier.Train.Training;
using Microsoft.ML;

namespace Classifier.Train.Custom;

/// <summary>
/// Trains and scores a custom text model. Without a group column, or in crossed mode, one model;
/// in per-group mode, one model per group plus one over all rows for groups not seen in training.
/// </summary>
internal sealed class CustomModelTrainer(MLContext ml, CustomFeaturizerOptions featurizerOptions, CustomTrainingOptions options, IReadOnlyList<string> labels, bool hasGroup)
{
    private readonly CustomTextFeaturizer _featurizer = new(featurizerOptions, hasGroup && options.GroupMode == GroupModes.Crossed);

    private bool PerGroup => hasGroup && options.GroupMode == GroupModes.PerGroup;

    /// <summary>Trains with the options' trainer and L2 (both must be settled, not <c>auto</c>).</summary>
    public TrainedCustomModel Train(IReadOnlyList<CustomExample> examples) =>
        TrainMany(examples, [CustomCandidate.Of(options)])[0];

    /// <summary>
    /// Trains one model per candidate (trainer and L2) on the same rows; the featurization is fitted
    /// once per (sub-)model and shared, so trying a grid costs little more than the trainers.
    /// </summary>
    public TrainedCustomModel[] TrainMany(IReadOnlyList<CustomExample> examples, IReadOnlyList<CustomCandidate> candidates)
    {
        var models = candidates.Select(_ => new Dictionary<string, LoadedModel>(StringComparer.Ordinal)).ToArray();
        var roles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var parts = new List<(string Role, IReadOnlyList<CustomExample> Rows)> { (BundleKinds.TextRole, examples) };
        if (PerGroup)
        {
            var groups = examples.GroupBy(e => e.Group!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
            for (var g = 0; g < groups.Length; g++)
            {
                var role = "group-" + g.ToString(CultureInfo.InvariantCulture);
                roles[groups[g].Key] = role;
                parts.Add((role, groups[g].ToArray()));
            }
        }

        foreach (var (role, rows) in parts)
        {
            var fitted = Fit(rows, candidates);
            for (var c = 0; c < candidates.Count; c++)
            {
                models[c][role] = fitted[c];
            }
        }

        return models.Select(m => new TrainedCustomModel(m, roles)).ToArray();
    }

    /// <summary>Label probabilities of each example, in label order.</summary>
    public float[][] Score(TrainedCustomModel model, IReadOnlyList<CustomExample> examples)
    {
        var result = new float[examples.Count][];
        foreach (var part in Enumerable.Range(0, examples.Count).GroupBy(i => RoleOf(model, examples[i]), StringComparer.Ordinal))
        {
            var indexes = part.ToArray();
            var data = ml.Data.LoadFromEnumerable(indexes.Select(i => _featurizer.ToRow(examples[i].Text, examples[i].Group)), RowSchemas.ForText(CustomTextFeaturizer.DenseCount));
            var scores = ScoreReader.Read(model.Models[part.Key].Transformer, data, labels);
            for (var k = 0; k < indexes.Length; k++)
            {
                result[indexes[k]] = scores[k];
            }
        }

        return result;
    }

    private static string RoleOf(TrainedCustomModel model, CustomExample example) =>
        example.Group is not null && model.GroupRoles.TryGetValue(example.Group, out var role) ? role : BundleKinds.TextRole;

    private LoadedModel[] Fit(IReadOnlyList<CustomExample> examples, IReadOnlyList<CustomCandidate> candidates)
    {
        var weights = ClassWeights.For(examples.Select(e => e.Label), options.ClassWeightPower);
        var rows = examples.Select(e => _featurizer.ToRow(e.Text, e.Group, e.Label, weights[e.Label]));
        var data = ml.Data.LoadFromEnumerable(rows, RowSchemas.ForText(CustomTextFeaturizer.DenseCount));
        var features = PipelineFactory.CustomFeatures(ml, featurizerOptions, labels).Fit(data);
        var featurized = ml.Data.Cache(features.Transform(data));
        return candidates
            .Select(c => new LoadedModel(features.Append(PipelineFactory.CustomTrainer(ml, c.Trainer, c.L2, examples.Count, options).Fit(featurized)), data.Schema))
            .ToArray();
    }
}
