using System.Text.Json.Serialization;
using Classifier.Runtime.Features;

namespace Classifier.Runtime.TextClassifiers;

/// <summary>What a custom bundle needs beyond the common manifest: its columns, group handling and featurization.</summary>
public sealed record TextClassifierSettings
{
    /// <summary>The input column holding the text to classify.</summary>
    public string TextColumn { get; init; } = "text";

    /// <summary>The column holding the true label in training (and evaluation) files.</summary>
    public string LabelColumn { get; init; } = "label";

    /// <summary>The column the predictions are conditioned on, or null when the model has none.</summary>
    public string? GroupColumn { get; init; }

    /// <summary><see cref="GroupModes.Crossed"/> or <see cref="GroupModes.PerGroup"/> when there is a group column.</summary>
    public string? GroupMode { get; init; }

    /// <summary>In per-group mode, the model role of each group seen in training; other groups use the <c>text</c> model.</summary>
    public IReadOnlyDictionary<string, string> GroupRoles { get; init; } = new Dictionary<string, string>();

    /// <summary>Featurization settings the model was trained with.</summary>
    public TextClassifierFeaturizerOptions Featurizer { get; init; } = new();

    /// <summary>
    /// The temperature applied to the model's probabilities at prediction (<see cref="TemperatureScaling"/>),
    /// fitted by log-loss on out-of-fold scores in training. Optional: null (bundles written before
    /// calibration existed) leaves the probabilities as the model outputs them.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Temperature { get; init; }
}
