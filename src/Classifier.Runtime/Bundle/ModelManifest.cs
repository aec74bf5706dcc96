using System.Text.Json.Serialization;
using Classifier.Runtime.Features;
using Classifier.Runtime.TextClassifiers;

namespace Classifier.Runtime.Bundle;

/// <summary>
/// The description saved beside the models of a bundle (<c>manifest.json</c>): what was trained,
/// on which data, with which settings, and how well it did in cross-validation.
/// </summary>
public sealed record ModelManifest
{
    /// <summary>
    /// The manifest schema this build writes and the only one it reads. 2: the models are the
    /// toolkit's own binary files (<c>*.model</c>); 1 had ML.NET zips, and such bundles must be retrained.
    /// </summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>Manifest schema version; a bundle newer than <see cref="CurrentSchemaVersion"/> is refused.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary><c>article-segments</c> for the default article models, <c>custom</c> for a model trained on a user's CSV.</summary>
    public string Kind { get; init; } = BundleKinds.ArticleSegments;

    /// <summary>Version of the toolkit that trained the bundle.</summary>
    public string ToolkitVersion { get; init; } = "";

    /// <summary>Version of ML.NET that trained the bundle.</summary>
    public string MlNetVersion { get; init; } = "";

    /// <summary>When the bundle was written (UTC, ISO 8601).</summary>
    public string CreatedAt { get; init; } = "";

    /// <summary>The label set of the main model, in score order.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Labels that <c>clean</c> drops unless told otherwise.</summary>
    public IReadOnlyList<string> DropLabels { get; init; } = [];

    /// <summary>The stance label set, in score order (empty when the bundle has no stance model).</summary>
    public IReadOnlyList<string> StanceLabels { get; init; } = [];

    /// <summary>Model files of the bundle by role (<c>segments</c>, <c>context</c>, <c>stance</c>, <c>text</c>).</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();

    /// <summary>Featurization settings the models were trained with.</summary>
    public FeaturizerOptions Featurizer { get; init; } = new();

    /// <summary>Training settings, as named values.</summary>
    public IReadOnlyDictionary<string, string> Training { get; init; } = new Dictionary<string, string>();

    /// <summary>What the models were trained on.</summary>
    public TrainingDataSummary TrainingData { get; init; } = new();

    /// <summary>Cross-validation metrics by model role.</summary>
    public IReadOnlyDictionary<string, ClassificationMetrics> Metrics { get; init; } = new Dictionary<string, ClassificationMetrics>();

    /// <summary>
    /// Columns, group handling and featurization of a <c>custom</c> bundle; absent (null) in article
    /// bundles. Optional, so schema version 1 manifests written before it still load.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextClassifierSettings? Custom { get; init; }
}
