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

        Span<float> scores = stackalloc float[_classes.Length];
        for (var c = 0; c < _classes.Length; c++)
        {
            scores[c] = Score(c, features);
        }

        Finish(scores, into);
        return true;
    }

    /// <summary>
    /// Label probabilities of many rows at once, walking each tree for several rows together (the
    /// tree stays in cache and the rows' walks overlap); per row the same sums in the same order as
    /// <see cref="TryScore"/>. False when a row holds a NaN.
    /// </summary>
    public bool TryScoreAll(float[][] rows, float[][] into)
    {
        foreach (var row in rows)
        {
            if (HasNaN(row))
            {
                return false;
            }
        }

        var sums = new double[rows.Length];
        var scores = new float[rows.Length * _classes.Length];
        for (var c = 0; c < _classes.Length; c++)
        {
            Array.Clear(sums);
            foreach (var tree in _classes[c])
            {
                tree.AddOutputs(rows, sums);
            }

            for (var i = 0; i < rows.Length; i++)
            {
                scores[(i * _classes.Length) + c] = (float)sums[i];
            }
        }

        for (var i = 0; i < rows.Length; i++)
        {
            Finish(scores.AsSpan(i * _classes.Length, _classes.Length), into[i]);
        }

        return true;
    }

    private static bool HasNaN(float[] row)
    {
        foreach (var f in row)
        {
            if (float.IsNaN(f))
            {
                return true;
            }
        }

        return false;
    }

    // ML.NET's output formula over the per-class scores: ImplSoftmax (softmax in double), or ImplDist
    // (each class's Platt-calibrated probability, clamped at zero and normalised to sum to one).
    private void Finish(ReadOnlySpan<float> scores, Span<float> into)
    {
        if (_platt is null)
        {
            Span<double> exp = stackalloc double[scores.Length];
            double total = 0;
            for (var c = 0; c < scores.Length; c++)
            {
                exp[c] = Math.Exp(scores[c]);
                total += exp[c];
            }

            for (var c = 0; c < scores.Length; c++)
            {
                into[c] = (float)(exp[c] / total);
            }

            return;
        }

        double sum = 0;
        for (var c = 0; c < scores.Length; c++)
        {
            var p = (float)(1 / (1 + Math.Exp((_platt[c].Slope * scores[c]) + _platt[c].Offset)));
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
            for (var c = 0; c < scores.Length; c++)
            {
                into[c] = (float)(into[c] / sum);
            }
        }
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

        /// <summary>Adds this tree's output for every row to <paramref name="sums"/>, walking four rows at a time.</summary>
        public void AddOutputs(float[][] rows, double[] sums)
        {
            if (_nodes.Length == 0)
            {
                for (var i = 0; i < rows.Length; i++)
                {
                    sums[i] += _leaves[0];
                }

                return;
            }

            var nodes = _nodes;
            var r = 0;
            for (; r + 4 <= rows.Length; r += 4)
            {
                float[] x0 = rows[r], x1 = rows[r + 1], x2 = rows[r + 2], x3 = rows[r + 3];
                int a = 0, b = 0, c = 0, d = 0;
                while ((a & b & c & d) >= 0)
                {
                    a = a < 0 ? a : Step(nodes[a], x0);
                    b = b < 0 ? b : Step(nodes[b], x1);
                    c = c < 0 ? c : Step(nodes[c], x2);
                    d = d < 0 ? d : Step(nodes[d], x3);
                }

                sums[r] += _leaves[~a];
                sums[r + 1] += _leaves[~b];
                sums[r + 2] += _leaves[~c];
                sums[r + 3] += _leaves[~d];
            }

            for (; r < rows.Length; r++)
            {
                sums[r] += Output(rows[r]);
            }
        }

        private static int Step(in Node n, float[] x) => x[n.Feature] <= n.Threshold ? n.Left : n.Right;
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);
}
