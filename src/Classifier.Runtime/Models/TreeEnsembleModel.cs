using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Classifier.Runtime.Models;

/// <summary>
/// The context pass: one ensemble of regression trees per label (one-vs-rest). A class's score is
/// the sum in double of its trees' leaf values (<c>feature &lt;= threshold</c> goes left, so a NaN
/// goes right), cast to float; the scores become probabilities by their Platt sigmoids normalised to
/// sum to one (<see cref="ScoreOutput.PlattNormalised"/>), as ML.NET computes them for the binary
/// LightGBM models they were trained as. Immutable and thread-safe.
/// </summary>
public sealed class TreeEnsembleModel : ClassModel
{
    internal static readonly byte[] FileMagic = "CLFT"u8.ToArray();

    private const int MaxTrees = 1 << 16;
    private const int MaxLeaves = 1 << 20;
    private const int MaxFeatures = 1 << 20;

    // Rows go through all the trees a block at a time, so a block's rows (64 x 112 features here) stay
    // close in cache while every tree reads them; measured about 5 % faster than whole articles at once.
    private const int RowBlock = 64;

    private readonly RegressionTree[][] _classes;
    private readonly PlattSigmoid[] _sigmoids;

    /// <param name="labels">The labels, in score order.</param>
    /// <param name="featureCount">Length of the feature rows the trees read.</param>
    /// <param name="trees">Per label, its trees in the order their outputs are summed.</param>
    /// <param name="sigmoids">Per label, the Platt sigmoid of its score.</param>
    public TreeEnsembleModel(IReadOnlyList<string> labels, int featureCount, RegressionTree[][] trees, PlattSigmoid[] sigmoids)
        : base(labels)
    {
        if (trees.Length != labels.Count || sigmoids.Length != labels.Count)
        {
            throw new InvalidDataException($"{labels.Count} labels, but {trees.Length} tree ensembles and {sigmoids.Length} sigmoids");
        }

        foreach (var tree in trees.SelectMany(t => t))
        {
            tree.Check(featureCount);
        }

        FeatureCount = featureCount;
        _classes = trees;
        _sigmoids = sigmoids;
    }

    /// <summary>Length of the feature rows the trees read.</summary>
    public int FeatureCount { get; }

    internal override byte[] Magic => FileMagic;

    /// <summary>Label probabilities of one feature row into <paramref name="into"/>.</summary>
    public void Score(ReadOnlySpan<float> features, Span<float> into)
    {
        Span<float> scores = stackalloc float[_classes.Length];
        for (var c = 0; c < _classes.Length; c++)
        {
            double output = 0.0;
            foreach (var tree in _classes[c])
            {
                output += tree.Output(features);
            }

            scores[c] = (float)output;
        }

        ClassProbabilities.PlattNormalised(scores, _sigmoids, into);
    }

    /// <summary>
    /// Label probabilities of many rows at once, walking each tree for several rows together (the
    /// tree stays in cache and the rows' walks overlap); per row the same sums in the same order as
    /// <see cref="Score"/>.
    /// </summary>
    public float[][] ScoreAll(float[][] rows)
    {
        var sums = new double[rows.Length];
        var scores = new float[rows.Length * _classes.Length];
        for (var start = 0; start < rows.Length; start += RowBlock)
        {
            var count = Math.Min(RowBlock, rows.Length - start);
            for (var c = 0; c < _classes.Length; c++)
            {
                Array.Clear(sums, start, count);
                foreach (var tree in _classes[c])
                {
                    tree.AddOutputs(rows, start, count, sums);
                }

                for (var i = start; i < start + count; i++)
                {
                    scores[(i * _classes.Length) + c] = (float)sums[i];
                }
            }
        }

        var result = new float[rows.Length][];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = new float[_classes.Length];
            ClassProbabilities.PlattNormalised(scores.AsSpan(i * _classes.Length, _classes.Length), _sigmoids, result[i]);
        }

        return result;
    }

    internal override void WriteBody(BinaryWriter writer)
    {
        writer.Write(FeatureCount);
        ModelFile.WriteArray<PlattSigmoid>(writer, _sigmoids);
        foreach (var trees in _classes)
        {
            writer.Write(trees.Length);
            foreach (var tree in trees)
            {
                tree.Write(writer);
            }
        }
    }

    internal static TreeEnsembleModel ReadBody(BinaryReader reader, string[] labels)
    {
        var features = ModelFile.Count(reader, MaxFeatures, "features");
        var sigmoids = ModelFile.ReadArray<PlattSigmoid>(reader, labels.Length);
        var classes = new RegressionTree[labels.Length][];
        for (var c = 0; c < classes.Length; c++)
        {
            classes[c] = new RegressionTree[ModelFile.Count(reader, MaxTrees, "trees")];
            for (var t = 0; t < classes[c].Length; t++)
            {
                classes[c][t] = RegressionTree.Read(reader, MaxLeaves);
            }
        }

        return new TreeEnsembleModel(labels, features, classes, sigmoids);
    }
}

/// <summary>
/// One regression tree: internal node <c>i</c> sends a row to <c>Left[i]</c> when
/// <c>row[Feature[i]] &lt;= Threshold[i]</c>, else to <c>Right[i]</c>; a child <c>k &lt; 0</c> is
/// the leaf <c>~k</c>. A tree of one leaf has no nodes. Children always come after their parent, so
/// every walk ends.
/// </summary>
public sealed class RegressionTree
{
    private readonly Node[] _nodes;
    private readonly double[] _leaves;
    private readonly WalkNode[] _walk;
    private readonly int _leafBit;

    /// <summary>A tree from its node arrays (children as described above) and leaf values.</summary>
    public RegressionTree(int[] left, int[] right, int[] feature, float[] threshold, double[] leaves)
    {
        var nodes = leaves.Length <= 1 ? 0 : leaves.Length - 1;
        if (leaves.Length == 0 || left.Length < nodes || right.Length < nodes || feature.Length < nodes || threshold.Length < nodes)
        {
            throw new InvalidDataException($"a tree of {leaves.Length} leaves needs {nodes} nodes");
        }

        _leaves = leaves;
        _nodes = new Node[nodes];
        for (var i = 0; i < nodes; i++)
        {
            _nodes[i] = new Node(feature[i], threshold[i], left[i], right[i]);
            if (!ValidChild(i, left[i]) || !ValidChild(i, right[i]))
            {
                throw new InvalidDataException($"tree node {i} has a child out of place ({left[i]}, {right[i]})");
            }
        }

        (_walk, _leafBit) = WalkOf(_nodes, leaves.Length);
    }

    /// <summary>The value of the leaf <paramref name="features"/> reaches.</summary>
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

    /// <summary>
    /// Adds this tree's output for rows <paramref name="start"/> to <paramref name="start"/> +
    /// <paramref name="count"/> to <paramref name="sums"/>, walking eight rows at a time without a
    /// data-dependent branch: each step picks the child by the comparison's value, and a leaf is a node
    /// whose children are itself, so the eight walks step in lockstep until all have reached a leaf.
    /// Eight independent walks keep the core busy while each waits for its next node and value.
    /// </summary>
    internal void AddOutputs(float[][] rows, int start, int count, double[] sums)
    {
        var end = start + count;
        var r = start;
        if (_nodes.Length == 0)
        {
            for (; r < end; r++)
            {
                sums[r] += _leaves[0];
            }

            return;
        }

        var walk = _walk;
        var leaf = _leafBit;
        for (; r + 8 <= end; r += 8)
        {
            int a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0;
            do
            {
                a = Step(walk[a], rows[r]);
                b = Step(walk[b], rows[r + 1]);
                c = Step(walk[c], rows[r + 2]);
                d = Step(walk[d], rows[r + 3]);
                e = Step(walk[e], rows[r + 4]);
                f = Step(walk[f], rows[r + 5]);
                g = Step(walk[g], rows[r + 6]);
                h = Step(walk[h], rows[r + 7]);
            }
            while ((a & b & c & d & e & f & g & h & leaf) == 0);

            sums[r] += _leaves[a - leaf];
            sums[r + 1] += _leaves[b - leaf];
            sums[r + 2] += _leaves[c - leaf];
            sums[r + 3] += _leaves[d - leaf];
            sums[r + 4] += _leaves[e - leaf];
            sums[r + 5] += _leaves[f - leaf];
            sums[r + 6] += _leaves[g - leaf];
            sums[r + 7] += _leaves[h - leaf];
        }

        for (; r < end; r++)
        {
            sums[r] += Output(rows[r]);
        }
    }

    /// <summary>Throws unless every feature is below <paramref name="featureCount"/> (the children were checked when the tree was built).</summary>
    internal void Check(int featureCount)
    {
        for (var i = 0; i < _nodes.Length; i++)
        {
            var n = _nodes[i];
            if (n.Feature < 0 || n.Feature >= featureCount)
            {
                throw new InvalidDataException($"tree node {i} reads feature {n.Feature} of {featureCount}");
            }
        }
    }

    internal void Write(BinaryWriter writer)
    {
        ModelFile.WriteArray<double>(writer, _leaves);
        ModelFile.WriteArray<Node>(writer, _nodes);
    }

    internal static RegressionTree Read(BinaryReader reader, int maxLeaves)
    {
        var leaves = ModelFile.ReadArray<double>(reader);
        if (leaves.Length is 0 || leaves.Length > maxLeaves)
        {
            throw new InvalidDataException($"a tree of {leaves.Length} leaves");
        }

        var nodes = ModelFile.ReadArray<Node>(reader, leaves.Length - 1);
        return new RegressionTree([.. nodes.Select(n => n.Left)], [.. nodes.Select(n => n.Right)], [.. nodes.Select(n => n.Feature)], [.. nodes.Select(n => n.Threshold)], leaves);
    }

    private bool ValidChild(int parent, int child) => child >= 0 ? child > parent && child < _nodes.Length : ~child < _leaves.Length;

    // The right child when the row's value is not at most the threshold (a NaN goes right), as the
    // comparison's 0 or 1 added to the left child's field, so the JIT emits no branch.
    private static int Step(in WalkNode n, float[] x) =>
        Unsafe.Add(ref Unsafe.AsRef(in n.Left), Unsafe.BitCast<bool, byte>(!(x[n.Feature] <= n.Threshold)));

    /// <summary>
    /// The walk's form of a tree of at least one split: the internal nodes at their own indices, and leaf
    /// <c>j</c> at <c>leafBit + j</c>, a node whose children are itself, where <c>leafBit</c> is the
    /// smallest power of two not below the leaf count (so above every node), so an index is a leaf's exactly
    /// when it has that bit.
    /// </summary>
    private static (WalkNode[] Walk, int LeafBit) WalkOf(Node[] nodes, int leaves)
    {
        if (nodes.Length == 0)
        {
            return ([], 0);
        }

        var leafBit = (int)BitOperations.RoundUpToPowerOf2((uint)leaves);
        int Unified(int child) => child >= 0 ? child : leafBit + ~child;
        var walk = new WalkNode[leafBit + leaves];
        for (var i = 0; i < nodes.Length; i++)
        {
            walk[i] = new WalkNode { Feature = nodes[i].Feature, Threshold = nodes[i].Threshold, Left = Unified(nodes[i].Left), Right = Unified(nodes[i].Right) };
        }

        for (var j = leafBit; j < walk.Length; j++)
        {
            walk[j] = new WalkNode { Feature = 0, Threshold = 0f, Left = j, Right = j };
        }

        return (walk, leafBit);
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    // Left and Right must stay adjacent, in that order: Step reads Right as the field after Left.
    [StructLayout(LayoutKind.Sequential)]
    private struct WalkNode
    {
        public int Feature;
        public float Threshold;
        public int Left;
        public int Right;
    }
}
