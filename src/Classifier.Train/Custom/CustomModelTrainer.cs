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

    public TrainedCustomModel Train(IReadOnlyList<CustomExample> examples)
    {
        var models = new Dictionary<string, LoadedModel>(StringComparer.Ordinal) { [BundleKinds.TextRole] = Fit(examples) };
        var roles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (PerGroup)
        {
            var groups = examples.GroupBy(e => e.Group!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
            for (var g = 0; g < groups.Length; g++)
            {
                var role = "group-" + g.ToString(CultureInfo.InvariantCulture);
                roles[groups[g].Key] = role;
                models[role] = Fit(groups[g].ToArray());
            }
        }

        return new TrainedCustomModel(models, roles);
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

    private LoadedModel Fit(IReadOnlyList<CustomExample> examples)
    {
        var weights = ClassWeights.For(examples.Select(e => e.Label), options.ClassWeightPower);
        var rows = examples.Select(e => _featurizer.ToRow(e.Text, e.Group, e.Label, weights[e.Label]));
        var data = ml.Data.LoadFromEnumerable(rows, RowSchemas.ForText(CustomTextFeaturizer.DenseCount));
        return new LoadedModel(PipelineFactory.CustomTextClassifier(ml, featurizerOptions, options, labels).Fit(data), data.Schema);
    }
}
