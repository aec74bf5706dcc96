using System.Globalization;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Encoders;
using Classifier.Runtime.Features;
using Classifier.Runtime.Models;
using Classifier.Runtime.TextClassifiers;
using Classifier.Train.Pipelines;
using Classifier.Train.Training;
using Microsoft.ML;

namespace Classifier.Train.TextClassifiers;

/// <summary>
/// Trains and scores a custom text model. Without a group column, or in crossed mode, one model;
/// in per-group mode, one model per group plus one over all rows for groups not seen in training.
/// The models are the runtime's <see cref="LinearModel"/>s over the shared hashed n-grams, and
/// scoring goes through <see cref="TextClassifier"/>, the code <c>classify predict</c> runs.
/// </summary>
internal sealed class TextClassifierTrainer(MLContext ml, TextClassifierFeaturizerOptions featurizerOptions, TextClassifierTrainingSettings options, IReadOnlyList<string> labels, bool hasGroup, ITextEmbedder? embedder)
{
    private readonly TextClassifierFeaturizer _featurizer = new(featurizerOptions, hasGroup && options.GroupMode == GroupModes.Crossed, embedder);

    private int EmbeddingCount => _featurizer.DenseCount - TextClassifierFeaturizer.ShapeCount;

    private bool Embedded => EmbeddingCount > 0;

    private bool PerGroup => hasGroup && options.GroupMode == GroupModes.PerGroup;

    /// <summary>Trains with the options' trainer and L2 (both must be settled, not <c>auto</c>).</summary>
    public TrainedTextClassifier Train(IReadOnlyList<TextExample> examples) =>
        TrainMany(examples, [TrainerCandidate.Of(options)])[0];

    /// <summary>
    /// Trains one model per candidate (trainer and L2) on the same rows; the featurization is fitted
    /// once per (sub-)model and shared, so trying a grid costs little more than the trainers.
    /// </summary>
    public TrainedTextClassifier[] TrainMany(IReadOnlyList<TextExample> examples, IReadOnlyList<TrainerCandidate> candidates)
    {
        var models = candidates.Select(_ => new Dictionary<string, LinearModel>(StringComparer.Ordinal)).ToArray();
        var roles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var parts = new List<(string Role, IReadOnlyList<TextExample> Rows)> { (BundleKinds.TextRole, examples) };
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

        return models.Select(m => new TrainedTextClassifier(m, roles)).ToArray();
    }

    /// <summary>Label probabilities (before calibration) of each example, in label order, scored as <c>classify predict</c> scores.</summary>
    public float[][] Score(TrainedTextClassifier model, IReadOnlyList<TextExample> examples)
    {
        var classifier = Classifier(model);
        return examples.Select(e => ScoreReader.Align(classifier.Labels, classifier.Probabilities(e.Text, e.Group), labels)).ToArray();
    }

    /// <summary>The classifier a bundle of <paramref name="model"/> loads as.</summary>
    public TextClassifier Classifier(TrainedTextClassifier model, TextClassifierSettings? settings = null)
    {
        settings ??= new TextClassifierSettings
        {
            GroupColumn = hasGroup ? "group" : null,
            GroupMode = hasGroup ? options.GroupMode : null,
            GroupRoles = model.GroupRoles,
            Featurizer = featurizerOptions,
        };
        return new TextClassifier(new ModelManifest { Kind = BundleKinds.Custom, Labels = labels, Custom = settings }, settings, model.Models, role => role, embedder);
    }

    private LinearModel[] Fit(IReadOnlyList<TextExample> examples, IReadOnlyList<TrainerCandidate> candidates)
    {
        var weights = ClassWeights.For(examples.Select(e => e.Label), options.ClassWeightPower);
        var idf = featurizerOptions.TfIdf ? InverseDocumentFrequency(examples) : null;
        // The featurizer's dense values are the shape values, then the encoder's vector: the pipeline
        // normalises the first and reads the second as it is, so they go into columns of their own.
        var rows = examples.Select(e => new HashedRow
        {
            Ngrams = Vector(_featurizer.Text(e.Text, e.Group), idf),
            Dense = TextClassifierFeaturizer.Shape(e.Text),
            Embedding = Embedded ? _featurizer.Embedding(e.Text) : [0f],
            Label = e.Label,
            Weight = weights[e.Label],
        }).ToList();
        var schema = TrainingRows.ForHashed(_featurizer.Hasher.Dimension, TextClassifierFeaturizer.ShapeCount, EmbeddingCount);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var features = PipelineFactory.TextClassifierFeatures(ml, Embedded).Fit(data);
        var featurized = ml.Data.Cache(features.Transform(data));
        return candidates.Select(c => c.Trainer == TextClassifierTrainers.OvaHinge ? FitOneVersusRest(rows, features, c.L2, idf) : FitMaxEnt(features, data.Schema, featurized, c, examples.Count, idf)).ToArray();
    }

    private LinearModel FitMaxEnt(ITransformer features, DataViewSchema schema, IDataView featurized, TrainerCandidate candidate, int rows, BucketWeights? idf)
    {
        var trained = PipelineFactory.TextClassifierMaxEnt(ml, labels, candidate.Trainer, candidate.L2, rows, options).Fit(featurized);
        return ModelExport.FromMaxEnt(features.Append(trained), schema, _featurizer.Hasher.Dimension, _featurizer.DenseCount, idf);
    }

    // One linear SVM per label over the same featurized rows (has the label or not), each Platt-calibrated.
    private LinearModel FitOneVersusRest(List<HashedRow> rows, ITransformer features, float l2, BucketWeights? idf)
    {
        var schema = TrainingRows.ForBinaryHashed(_featurizer.Hasher.Dimension, TextClassifierFeaturizer.ShapeCount, EmbeddingCount);
        var perLabel = labels.Select(label =>
        {
            var binary = ml.Data.LoadFromEnumerable(rows.Select(r => new BinaryHashedRow { Ngrams = r.Ngrams, Dense = r.Dense, Embedding = r.Embedding, Label = r.Label == label, Weight = r.Weight }), schema);
            return PipelineFactory.TextClassifierHingeLabel(ml, l2, options).Fit(ml.Data.Cache(features.Transform(binary)));
        }).ToArray();
        return ModelExport.FromOneVersusRest(labels, features, perLabel, _featurizer.Hasher.Dimension, _featurizer.DenseCount, idf);
    }

    private Microsoft.ML.Data.VBuffer<float> Vector(string text, BucketWeights? idf)
    {
        using var hashed = _featurizer.Hasher.Hash(text, idf);
        return new(_featurizer.Hasher.Dimension, hashed.Buckets.Length, hashed.Weights.ToArray(), hashed.Buckets.ToArray());
    }

    /// <summary>Each bucket's <c>log(rows / rows with the bucket)</c> over the training rows; buckets no row has are left out (they weigh 0).</summary>
    private BucketWeights InverseDocumentFrequency(IReadOnlyList<TextExample> examples)
    {
        var rows = new Dictionary<int, int>();
        foreach (var e in examples)
        {
            using var hashed = _featurizer.Hasher.Hash(_featurizer.Text(e.Text, e.Group));
            foreach (var b in hashed.Buckets)
            {
                rows[b] = rows.GetValueOrDefault(b) + 1;
            }
        }

        var idf = rows.Select(p => (p.Key, (float)Math.Log((double)examples.Count / p.Value))).Order().ToArray();
        return new BucketWeights(_featurizer.Hasher.Dimension, [idf]);
    }
}

/// <summary>A trained custom model: the model over all rows (role <c>text</c>) and, in per-group mode, one model per group by role.</summary>
internal sealed record TrainedTextClassifier(IReadOnlyDictionary<string, LinearModel> Models, IReadOnlyDictionary<string, string> GroupRoles);

/// <summary>One setting tried by the tuning of a custom model: a trainer (<see cref="TextClassifierTrainers"/>) and its L2.</summary>
internal sealed record TrainerCandidate(string Trainer, float L2)
{
    /// <summary>The settled trainer and L2 of <paramref name="options"/>.</summary>
    public static TrainerCandidate Of(TextClassifierTrainingSettings options) =>
        options.L2 is { } l2 && options.Trainer != TextClassifierTrainers.Auto
            ? new(options.Trainer, l2)
            : throw new InvalidOperationException("the trainer and L2 must be settled (tuned) before training");
}
