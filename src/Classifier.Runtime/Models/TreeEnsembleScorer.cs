using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Classifier.Runtime.Models;

/// <summary>
/// Evaluates the context pass (LightGBM multiclass: one tree ensemble per class) straight from the
/// trained trees, computing exactly what ML.NET computes: per class the sum in double of the leaf
/// values (<c>feature &lt;= threshold</c> goes left) cast to float, then ML.NET's own output formula
/// (Platt-calibrated probabilities normalised to sum to one, or a softmax).
/// ML.NET's own path runs a <c>Parallel.For</c> over the classes for every single row, which made
/// the context pass three quarters of the tagging time. Thread-safe: it holds no mutable state.
/// </summary>
internal sealed class TreeEnsembleScorer
{
    private readonly Tree[][] _classes;
    private readonly (double Slope, double Offset)[]? _platt;

    private TreeEnsembleScorer(Tree[][] classes, (double Slope, double Offset)[]? platt)
    {
        _classes = classes;
        _platt = platt;
    }

    public int ClassCount => _classes.Length;

    /// <summary>The scorer of a model whose shape it can reproduce exactly, else null (the caller keeps ML.NET's engine).</summary>
    public static TreeEnsembleScorer? TryCreate(ITransformer model)
    {
        var predictor = (model as IEnumerable<ITransformer>)?.LastOrDefault() is MulticlassPredictionTransformer<OneVersusAllModelParameters> last ? last.Model : null;
        var formula = predictor is null ? null : OutputFormula(predictor);
        if (formula is not ("ImplSoftmax" or "ImplDist"))
        {
            return null;
        }

        var classes = new List<Tree[]>();
        var platt = new List<(double, double)>();
        var subModels = typeof(OneVersusAllModelParameters).GetProperty("SubModelParameters", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)?.GetValue(predictor);
        if (subModels is not System.Collections.IEnumerable subs)
        {
            return null;
        }

        foreach (var sub in subs)
        {
            if (sub is not CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> calibrated)
            {
                return null;
            }

            platt.Add((calibrated.Calibrator.Slope, calibrated.Calibrator.Offset));
            var trees = new List<Tree>();
            foreach (var tree in calibrated.SubModel.TrainedTreeEnsemble.Trees)
            {
                if (tree.CategoricalSplitFlags.Any(f => f))
                {
                    return null;
                }

                trees.Add(new Tree([.. tree.LeftChild], [.. tree.RightChild], [.. tree.NumericalSplitFeatureIndexes], [.. tree.NumericalSplitThresholds], [.. tree.LeafValues]));
            }

            if (calibrated.SubModel.TrainedTreeEnsemble.TreeWeights.Any(w => w != 1.0) || calibrated.SubModel.TrainedTreeEnsemble.Bias != 0)
            {
                return null;
            }

            classes.Add([.. trees]);
        }

        return classes.Count > 1 ? new TreeEnsembleScorer([.. classes], formula == "ImplDist" ? [.. platt] : null) : null;
    }

    /// <summary>Label probabilities of one feature row into <paramref name="into"/>; false when the row holds a NaN (missing values are left to ML.NET).</summary>
    public bool TryScore(ReadOnlySpan<float> features, Span<float> into)
    {
        foreach (var f in features)
        {
            if (float.IsNaN(f))
            {
                return false;
            }
        }

        return _platt is null ? Softmax(features, into) : NormalisedPlatt(features, into, _platt);
    }

    // ML.NET's OneVersusAllModelParameters ImplSoftmax: softmax in double over the float scores.
    private bool Softmax(ReadOnlySpan<float> features, Span<float> into)
    {
        Span<double> exp = stackalloc double[_classes.Length];
        double sum = 0;
        for (var c = 0; c < _classes.Length; c++)
        {
            exp[c] = Math.Exp(Score(c, features));
            sum += exp[c];
        }

        for (var c = 0; c < _classes.Length; c++)
        {
            into[c] = (float)(exp[c] / sum);
        }

        return true;
    }

    // ML.NET's ImplDist: each class's Platt-calibrated probability, clamped at zero and normalised to sum to one.
    private bool NormalisedPlatt(ReadOnlySpan<float> features, Span<float> into, (double Slope, double Offset)[] platt)
    {
        double sum = 0;
        for (var c = 0; c < _classes.Length; c++)
        {
            var score = Score(c, features);
            var p = (float)(1 / (1 + Math.Exp((platt[c].Slope * score) + platt[c].Offset)));
            if (p >= 0)
            {
                sum += p;
            }
            else
            {
                p = 0;
            }

            into[c] = p;
        }

        if (sum > 0)
        {
            for (var c = 0; c < _classes.Length; c++)
            {
                into[c] = (float)(into[c] / sum);
            }
        }

        return true;
    }

    // TreeEnsembleModelParameters: the trees' outputs summed in double, in tree order, cast to float.
    private float Score(int c, ReadOnlySpan<float> features)
    {
        double output = 0.0;
        foreach (var tree in _classes[c])
        {
            output += tree.Output(features);
        }

        return (float)output;
    }

    private static string? OutputFormula(OneVersusAllModelParameters model) =>
        typeof(OneVersusAllModelParameters).GetField("_impl", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)?.GetValue(model)?.GetType().Name;

    private sealed class Tree
    {
        private readonly Node[] _nodes;
        private readonly double[] _leaves;

        public Tree(int[] left, int[] right, int[] feature, float[] threshold, double[] leaves)
        {
            _leaves = leaves;
            _nodes = new Node[leaves.Length == 1 ? 0 : left.Length];
            for (var i = 0; i < _nodes.Length; i++)
            {
                _nodes[i] = new Node(feature[i], threshold[i], left[i], right[i]);
            }
        }

        public double Output(ReadOnlySpan<float> features)
        {
            if (_nodes.Length == 0)
            {
                return _leaves[0];
            }

            var nodes = _nodes;
            var node = 0;
            do
            {
                ref readonly var n = ref nodes[node];
                node = features[n.Feature] <= n.Threshold ? n.Left : n.Right;
            }
            while (node >= 0);

            return _leaves[~node];
        }
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);
}
