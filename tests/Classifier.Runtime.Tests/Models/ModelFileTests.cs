using Classifier.Runtime.Bundle;
using Classifier.Runtime.Models;

namespace Classifier.Runtime.Tests.Models;

/// <summary>The runtime models' formulas on hand-made weights, and their files written and read back.</summary>
public sealed class ModelFileTests : IDisposable
{
    private readonly TempFolder _temp = new("classifier-model-file");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void LinearModel_Softmax_IsBiasPlusBucketAndDenseWeights()
    {
        var model = Linear(ScoreOutput.Softmax);
        var into = new float[2];

        model.Score([3, 70], [0.6f, 0.8f], [2f], into);

        // class 0: 0.5 + 0.6 * 1 + 0.8 * 0 + 2 * 0.25 = 1.6; class 1: -0.5 + 0.6 * -1 + 0.8 * 2 + 2 * 0 = 0.5
        var e = Math.Exp(1.6 - 0.5);
        Assert.Equal((float)(e / (1 + e)), into[0], 5);
        Assert.Equal((float)(1 / (1 + e)), into[1], 5);
    }

    [Fact]
    public void LinearModel_PlattNormalised_NormalisesEachClassSigmoid()
    {
        var model = Linear(ScoreOutput.PlattNormalised);
        var into = new float[2];

        model.Score([], [], [0f], into);

        // scores are the biases 0.5 and -0.5; sigmoids (slope -1, offset 0) and (slope -2, offset 1)
        var p0 = 1 / (1 + Math.Exp(-0.5));
        var p1 = 1 / (1 + Math.Exp((-2 * -0.5) + 1));
        Assert.Equal((float)(p0 / (p0 + p1)), into[0], 5);
        Assert.Equal((float)(p1 / (p0 + p1)), into[1], 5);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LinearModel_WrittenAndRead_ScoresBitIdentically(bool oneVersusRest)
    {
        var model = Linear(oneVersusRest ? ScoreOutput.PlattNormalised : ScoreOutput.Softmax);
        var path = _temp.Combine("linear.model");

        ModelFile.Write(model, path);
        var read = Assert.IsType<LinearModel>(ModelFile.Read(path));

        Assert.Equal(model.Labels, read.Labels);
        Assert.Equal((model.Buckets, model.DenseCount, model.Output), (read.Buckets, read.DenseCount, read.Output));
        foreach (var (buckets, weights, dense) in new (int[], float[], float[])[] { ([3, 70], [0.6f, 0.8f], [2f]), ([127], [1f], [-1f]), ([], [], [0f]) })
        {
            float[] expected = new float[2], actual = new float[2];
            model.Score(buckets, weights, dense, expected);
            read.Score(buckets, weights, dense, actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void TreeEnsembleModel_SumsLeavesPerClassThenNormalisesSigmoids()
    {
        var model = Trees();
        var into = new float[2];

        model.Score([0.2f, 5f], into);

        // class 0: tree 1 (x0 <= 0.5 left, then x1 <= 3 ? leaf 0 : leaf 1) gives 2.0, tree 2 gives 0.25; class 1: -1.
        var p0 = 1 / (1 + Math.Exp(-0.5 * 2.25));
        var p1 = 1 / (1 + Math.Exp(-0.5 * -1.0));
        Assert.Equal((float)(p0 / (p0 + p1)), into[0], 5);
        Assert.Equal((float)(p1 / (p0 + p1)), into[1], 5);
    }

    [Fact]
    public void TreeEnsembleModel_ScoreAllAndWrittenAndRead_EqualScoreRowByRow()
    {
        var model = Trees();
        var path = _temp.Combine("trees.model");
        float[][] rows = [[0.2f, 5f], [0.9f, 0f], [0.2f, 1f], [float.NaN, 2f], [0.5f, 3f]];

        ModelFile.Write(model, path);
        var read = Assert.IsType<TreeEnsembleModel>(ModelFile.Read(path));
        var all = read.ScoreAll(rows);

        for (var i = 0; i < rows.Length; i++)
        {
            var one = new float[2];
            model.Score(rows[i], one);
            Assert.Equal(one, all[i]);
        }
    }

    [Fact]
    public void RegressionTree_ChildBeforeItsParent_Refused()
    {
        // node 1 sends rows back to node 0: a walk that never ends
        Assert.Throws<InvalidDataException>(() => new RegressionTree([1, 0], [~0, ~1], [0, 0], [0f, 0f], [1, 2, 3]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(33)]
    public void TreeEnsembleModel_ScoreAllOverManyRows_EqualsScoreRowByRow(int leaves)
    {
        // ScoreAll walks rows eight at a time in blocks; many rows (some NaN, some on a threshold) and
        // trees of every shape, leaf counts at and just past a power of two included, must give Score's sums.
        var random = new Random(leaves);
        const int features = 5;
        var trees = Enumerable.Range(0, 3)
            .Select(_ => Enumerable.Range(0, 7).Select(t => RandomTree(random, t == 0 ? leaves : random.Next(1, leaves + 1), features)).ToArray())
            .ToArray();
        var model = new TreeEnsembleModel(["a", "b", "c"], features, trees, [new PlattSigmoid(-1, 0), new PlattSigmoid(-0.5, 0.1), new PlattSigmoid(-2, -0.3)]);
        var rows = Enumerable.Range(0, 203)
            .Select(_ => Enumerable.Range(0, features).Select(_ => random.Next(10) switch { 0 => float.NaN, 1 => 0.5f, _ => random.NextSingle() }).ToArray())
            .ToArray();

        var all = model.ScoreAll(rows);

        for (var i = 0; i < rows.Length; i++)
        {
            var one = new float[3];
            model.Score(rows[i], one);
            Assert.Equal(one, all[i]);
        }
    }

    [Fact]
    public void Read_TrailingBytes_ThrowsNamingFile()
    {
        var path = _temp.Combine("linear.model");
        ModelFile.Write(Linear(ScoreOutput.Softmax), path);
        File.AppendAllText(path, "x");

        var e = Assert.Throws<ModelBundleException>(() => ModelFile.Read(path));

        Assert.StartsWith(path + ":", e.Message, StringComparison.Ordinal);
        Assert.Contains("after the end", e.Message, StringComparison.Ordinal);
    }

    private static LinearModel Linear(ScoreOutput output) => new(
        ["a", "b"],
        new BucketWeights(128, [[(3, 1f)], [(3, -1f), (70, 2f), (127, 0.5f)]]),
        [[0.25f], [0f]],
        [0.5f, -0.5f],
        output,
        output == ScoreOutput.PlattNormalised ? [new PlattSigmoid(-1, 0), new PlattSigmoid(-2, 1)] : null);

    // A random tree of exactly the given leaves: each node is numbered before its children, as the format requires.
    private static RegressionTree RandomTree(Random random, int leaves, int features)
    {
        List<int> left = [], right = [], feature = [];
        List<float> threshold = [];
        var values = new List<double>();
        int Grow(int n)
        {
            if (n == 1)
            {
                values.Add(random.NextDouble() - 0.5);
                return ~(values.Count - 1);
            }

            var node = left.Count;
            left.Add(0);
            right.Add(0);
            feature.Add(random.Next(features));
            threshold.Add(random.Next(4) == 0 ? 0.5f : random.NextSingle());
            var k = random.Next(1, n);
            left[node] = Grow(k);
            right[node] = Grow(n - k);
            return node;
        }

        Grow(leaves);
        return new RegressionTree([.. left], [.. right], [.. feature], [.. threshold], [.. values]);
    }

    private static TreeEnsembleModel Trees() => new(
        ["a", "b"],
        2,
        [
            [new RegressionTree([1, ~0], [~2, ~1], [0, 1], [0.5f, 3f], [0.5, 2.0, -3.0]), new RegressionTree([], [], [], [], [0.25])],
            [new RegressionTree([~0], [~1], [1], [10f], [-1.0, 4.0])],
        ],
        [new PlattSigmoid(-0.5, 0), new PlattSigmoid(-0.5, 0)]);
}
