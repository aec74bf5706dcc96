using System.Collections.Immutable;
using Classifier.Runtime.Models;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;
using MlTree = Microsoft.ML.Trainers.FastTree.RegressionTree;

namespace Classifier.Train.Pipelines;

/// <summary>
/// Turns fitted ML.NET models into the toolkit's own runtime models (<see cref="LinearModel"/>,
/// <see cref="TreeEnsembleModel"/>) through ML.NET's public API only: the maximum-entropy weights
/// and biases, the min-max normaliser's affine parameters, a binary LightGBM model's trees and its
/// Platt calibrator. A model of a shape the runtime cannot reproduce exactly fails here, at
/// training, not silently at tagging.
/// </summary>
internal static class ModelExport
{
    /// <summary>
    /// The linear model of a <see cref="PipelineFactory.TextClassifier"/> pipeline (or any pipeline
    /// ending in min-max normalised <c>Dense</c> concatenated after <paramref name="buckets"/> n-gram
    /// features and a maximum-entropy trainer), labels in the order of its Score column.
    /// </summary>
    public static LinearModel FromMaxEnt(ITransformer pipeline, DataViewSchema inputSchema, int buckets, int denseCount, BucketWeights? idf = null)
    {
        var parts = Flatten(pipeline).ToArray();
        var maxEnt = parts.OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>().LastOrDefault()?.Model
            ?? throw new InvalidOperationException("the pipeline does not end in a maximum-entropy trainer");
        var weights = default(VBuffer<float>[]);
        maxEnt.GetWeights(ref weights, out var classes);
        var biases = maxEnt.GetBiases().ToArray();
        return Linear(TrainingRows.LabelsOf(pipeline, inputSchema), [.. weights!.Take(classes)], biases, Normaliser(parts), buckets, denseCount, ScoreOutput.Softmax, null, idf);
    }

    /// <summary>
    /// The linear model of a one-vs-rest model trained per label: <paramref name="perLabel"/> holds,
    /// for each of <paramref name="labels"/>, a linear binary model and its Platt calibrator; the
    /// dense values normalised by the pipeline <paramref name="features"/>.
    /// </summary>
    public static LinearModel FromOneVersusRest(IReadOnlyList<string> labels, ITransformer features, IReadOnlyList<TransformerChain<CalibratorTransformer<PlattCalibrator>>> perLabel, int buckets, int denseCount, BucketWeights? idf = null)
    {
        var parts = Flatten(features).ToArray();
        var svms = perLabel.Select(p => Flatten(p).OfType<BinaryPredictionTransformer<LinearBinaryModelParameters>>().Single().Model).ToArray();
        var calibrators = perLabel.Select(p => ((IPredictionTransformer<PlattCalibrator>)Flatten(p).OfType<CalibratorTransformer<PlattCalibrator>>().Single()).Model).ToArray();
        var weights = svms.Select(m => new VBuffer<float>(m.Weights.Count, [.. m.Weights])).ToArray();
        var sigmoids = calibrators.Select(c => new PlattSigmoid(c.Slope, c.Offset)).ToArray();
        return Linear(labels, weights, svms.Select(m => m.Bias).ToArray(), Normaliser(parts), buckets, denseCount, ScoreOutput.PlattNormalised, sigmoids, idf);
    }

    /// <summary>The transformers of a (possibly nested) chain, in order.</summary>
    private static IEnumerable<ITransformer> Flatten(ITransformer transformer) =>
        transformer is IEnumerable<ITransformer> chain ? chain.SelectMany(Flatten) : [transformer];

    /// <summary>One label's trees and Platt sigmoid from a fitted binary LightGBM model.</summary>
    public static (RegressionTree[] Trees, PlattSigmoid Sigmoid) FromLightGbm(CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> model)
    {
        var ensemble = model.SubModel.TrainedTreeEnsemble;
        if (ensemble.Bias != 0 || ensemble.TreeWeights.Any(w => w != 1.0))
        {
            throw new NotSupportedException("the context pass's trees have a bias or tree weights, which the runtime tree model does not apply");
        }

        return ([.. ensemble.Trees.Select(FromTree)], new PlattSigmoid(model.Calibrator.Slope, model.Calibrator.Offset));
    }

    private static RegressionTree FromTree(MlTree tree) =>
        tree.CategoricalSplitFlags.Any(f => f)
            ? throw new NotSupportedException("the context pass's trees have categorical splits, which the runtime tree model does not evaluate")
            : new RegressionTree([.. tree.LeftChild], [.. tree.RightChild], [.. tree.NumericalSplitFeatureIndexes], [.. tree.NumericalSplitThresholds], [.. tree.LeafValues]);

    private static NormalizingTransformer.AffineNormalizerModelParameters<ImmutableArray<float>> Normaliser(ITransformer[] parts) =>
        parts.OfType<NormalizingTransformer>().LastOrDefault()?.GetNormalizerModelParameters(0) as NormalizingTransformer.AffineNormalizerModelParameters<ImmutableArray<float>>
            ?? throw new InvalidOperationException("the pipeline does not min-max normalise its dense values");

    // Each class's weights over [n-gram buckets | normalised dense], the normaliser folded into the
    // dense weights and the bias: (x - offset) * scale * w = x * (scale * w) - offset * scale * w.
    private static LinearModel Linear(IReadOnlyList<string> labels, VBuffer<float>[] weights, float[] biases, NormalizingTransformer.AffineNormalizerModelParameters<ImmutableArray<float>> normaliser, int buckets, int denseCount, ScoreOutput output, PlattSigmoid[]? sigmoids, BucketWeights? idf)
    {
        if (weights.Length != labels.Count || weights.Any(w => w.Length != buckets + denseCount) || normaliser.Scale.Length > denseCount)
        {
            throw new InvalidOperationException($"the model reads {weights.FirstOrDefault().Length} features of {weights.Length} classes, not {buckets} buckets + {denseCount} dense values of {labels.Count} labels");
        }

        var ngrams = new (int Bucket, float Weight)[weights.Length][];
        var dense = new float[weights.Length][];
        for (var c = 0; c < weights.Length; c++)
        {
            var all = new List<(int, float)>();
            dense[c] = new float[denseCount];
            var values = weights[c].GetValues();
            var indices = weights[c].GetIndices();
            for (var k = 0; k < values.Length; k++)
            {
                var index = weights[c].IsDense ? k : indices[k];
                if (index < buckets)
                {
                    all.Add((index, values[k]));
                }
                else if (index - buckets < normaliser.Scale.Length)
                {
                    var d = index - buckets;
                    dense[c][d] = normaliser.Scale[d] * values[k];
                    biases[c] -= normaliser.Offset.IsDefaultOrEmpty ? 0f : normaliser.Offset[d] * dense[c][d];
                }
                else
                {
                    // Past the normalised values: a sentence encoder's vector, read as it is.
                    dense[c][index - buckets] = values[k];
                }
            }

            ngrams[c] = [.. all];
        }

        return new LinearModel(labels, new BucketWeights(buckets, ngrams), dense, biases, output, sigmoids, idf);
    }
}
