using System.Collections.Immutable;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Features;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace Classifier.Runtime.Models;

/// <summary>
/// Evaluates a default text model (maximum entropy over hashed n-grams and min-max normalised
/// dense features) straight from its weights: per class the bias plus the weights of the text's
/// buckets and of its dense values, then a softmax. Equal to ML.NET's output up to float rounding,
/// without a prediction engine, a data view or an allocation per row. Thread-safe.
/// </summary>
internal sealed class LinearTextScorer
{
    private readonly NgramHasher _hasher;
    private readonly BucketWeights _ngramWeights;
    private readonly float[] _denseWeights;
    private readonly float[] _biases;

    private LinearTextScorer(NgramHasher hasher, int classes, BucketWeights ngramWeights, float[] denseWeights, float[] biases)
    {
        _hasher = hasher;
        ClassCount = classes;
        _ngramWeights = ngramWeights;
        _denseWeights = denseWeights;
        _biases = biases;
    }

    public int ClassCount { get; }

    /// <summary>Reads the weights of <paramref name="model"/>; a model of another shape is a <see cref="ModelBundleException"/> naming <paramref name="path"/>.</summary>
    public static LinearTextScorer Create(LoadedModel model, NgramHasher hasher, int denseCount, string path)
    {
        if (model.InputSchema.GetColumnOrNull(nameof(HashedRow.Ngrams)) is null)
        {
            throw new ModelBundleException($"{path}: the model does not read hashed n-grams; it was trained by an older version of the toolkit. Retrain the bundle with Classifier.Train.");
        }

        var parts = (model.Transformer as IEnumerable<ITransformer>)?.ToArray() ?? [];
        var maxEnt = parts.OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>().LastOrDefault()?.Model;
        var normaliser = parts.OfType<NormalizingTransformer>().LastOrDefault()?.GetNormalizerModelParameters(0) as NormalizingTransformer.AffineNormalizerModelParameters<ImmutableArray<float>>;
        if (maxEnt is null || normaliser is null)
        {
            throw new ModelBundleException($"{path}: not a maximum-entropy model with min-max normalised dense features; the bundle is mismatched.");
        }

        var weights = default(VBuffer<float>[]);
        maxEnt.GetWeights(ref weights, out var classes);
        var dimension = hasher.Dimension;
        if (weights is null || weights.Any(w => w.Length != dimension + denseCount) || normaliser.Scale.Length != denseCount)
        {
            throw new ModelBundleException($"{path}: the model reads {weights?.FirstOrDefault().Length ?? 0} features, but the manifest's featurizer gives {dimension + denseCount}; the bundle is mismatched.");
        }

        var dense = new float[denseCount * classes];
        var biases = maxEnt.GetBiases().ToArray();
        for (var c = 0; c < classes; c++)
        {
            for (var d = 0; d < denseCount; d++)
            {
                // (x - offset) * scale * w = x * (scale * w) - offset * scale * w
                var scaled = normaliser.Scale[d] * weights[c].GetItemOrDefault(dimension + d);
                dense[(d * classes) + c] = scaled;
                biases[c] -= normaliser.Offset.IsDefaultOrEmpty ? 0f : normaliser.Offset[d] * scaled;
            }
        }

        return new LinearTextScorer(hasher, classes, new BucketWeights(weights, dimension), dense, biases);
    }

    /// <summary>Label probabilities of one normalised text and its dense values into <paramref name="into"/>.</summary>
    public void Score(ReadOnlySpan<char> text, ReadOnlySpan<float> dense, Span<float> into)
    {
        var classes = ClassCount;
        Span<float> sums = stackalloc float[classes];
        _biases.CopyTo(sums);
        for (var d = 0; d < dense.Length; d++)
        {
            var x = dense[d];
            if (x != 0)
            {
                var row = _denseWeights.AsSpan(d * classes, classes);
                for (var c = 0; c < classes; c++)
                {
                    sums[c] += row[c] * x;
                }
            }
        }

        using (var hashed = _hasher.Hash(text))
        {
            var buckets = hashed.Buckets;
            var weights = hashed.Weights;
            for (var i = 0; i < buckets.Length; i++)
            {
                _ngramWeights.AddTo(buckets[i], weights[i], sums);
            }
        }

        Softmax(sums, into);
    }

    private static void Softmax(ReadOnlySpan<float> scores, Span<float> into)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        var total = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            into[c] = MathF.Exp(scores[c] - max);
            total += into[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            into[c] /= total;
        }
    }
}
