using Classifier.Runtime.Bundle;
using Classifier.Runtime.Features;

namespace Classifier.Runtime.Models;

/// <summary>
/// A linear text model over hashed n-grams (<see cref="NgramHasher"/>) and dense values: per class
/// a bias, a weight per n-gram bucket (packed, <see cref="BucketWeights"/>) and a weight per dense
/// value, with the training's min-max normalisation of the dense values already folded into those
/// weights and biases; the class scores become probabilities by <see cref="ScoreOutput"/> (a softmax
/// for maximum entropy, Platt sigmoids normalised for one-vs-rest). Used by the first pass, the
/// stance model and the models trained on a user's own CSV. Immutable and thread-safe; scoring
/// allocates nothing.
/// </summary>
public sealed class LinearModel : ClassModel
{
    internal static readonly byte[] FileMagic = "CLFL"u8.ToArray();

    private const int MaxBuckets = 1 << 28;
    private const int MaxDense = 1 << 16;

    private readonly BucketWeights _ngramWeights;
    private readonly float[] _denseWeights;
    private readonly float[] _biases;
    private readonly PlattSigmoid[] _sigmoids;

    /// <param name="labels">The labels, in score order.</param>
    /// <param name="ngramWeights">The n-gram buckets' class weights.</param>
    /// <param name="denseWeights">Per class, the weight of each dense value (normalisation folded in).</param>
    /// <param name="biases">Per class, the bias (normalisation folded in).</param>
    /// <param name="output">How the class scores become probabilities.</param>
    /// <param name="sigmoids">Per class, the Platt sigmoid of <see cref="ScoreOutput.PlattNormalised"/>; empty for a softmax.</param>
    /// <param name="idf">With TF-IDF weighting, each bucket's inverse document frequency, fitted on the training rows.</param>
    public LinearModel(IReadOnlyList<string> labels, BucketWeights ngramWeights, float[][] denseWeights, float[] biases, ScoreOutput output, PlattSigmoid[]? sigmoids = null, BucketWeights? idf = null)
        : base(labels)
    {
        Idf = idf;
        var classes = labels.Count;
        if (denseWeights.Length != classes || biases.Length != classes || denseWeights.Any(d => d.Length != denseWeights[0].Length))
        {
            throw new ArgumentException($"{classes} labels need {classes} biases and {classes} dense weight rows of one length.");
        }

        _ngramWeights = ngramWeights;
        DenseCount = classes == 0 ? 0 : denseWeights[0].Length;
        _denseWeights = new float[DenseCount * classes];
        for (var c = 0; c < classes; c++)
        {
            for (var d = 0; d < DenseCount; d++)
            {
                _denseWeights[(d * classes) + c] = denseWeights[c][d];
            }
        }

        _biases = biases;
        Output = output;
        _sigmoids = sigmoids ?? [];
        if (output == ScoreOutput.PlattNormalised && _sigmoids.Length != classes)
        {
            throw new ArgumentException($"one-vs-rest output needs a Platt sigmoid for each of the {classes} labels.");
        }
    }

    private LinearModel(IReadOnlyList<string> labels, BucketWeights ngramWeights, int denseCount, float[] denseWeights, float[] biases, ScoreOutput output, PlattSigmoid[] sigmoids, BucketWeights? idf)
        : base(labels)
    {
        Idf = idf;
        _ngramWeights = ngramWeights;
        DenseCount = denseCount;
        _denseWeights = denseWeights;
        _biases = biases;
        Output = output;
        _sigmoids = sigmoids;
    }

    /// <summary>Number of n-gram buckets the model reads: the hasher's <see cref="NgramHasher.Dimension"/>.</summary>
    public int Buckets => _ngramWeights.Buckets;

    /// <summary>Number of dense values the model reads.</summary>
    public int DenseCount { get; }

    /// <summary>How the class scores become probabilities.</summary>
    public ScoreOutput Output { get; }

    /// <summary>With TF-IDF weighting, each bucket's inverse document frequency (column 0), which the hasher applies before scaling to unit length; else null.</summary>
    public BucketWeights? Idf { get; }

    internal override byte[] Magic => FileMagic;

    /// <summary>Label probabilities of one hashed text and its dense values into <paramref name="into"/>.</summary>
    public void Score(HashedText text, ReadOnlySpan<float> dense, Span<float> into) => Score(text.Buckets, text.Weights, dense, into);

    /// <summary>Label probabilities of one normalised text, hashed by <paramref name="hasher"/> (with the model's idf, if any), and its dense values into <paramref name="into"/>.</summary>
    public void Score(NgramHasher hasher, ReadOnlySpan<char> text, ReadOnlySpan<float> dense, Span<float> into)
    {
        using var hashed = hasher.Hash(text, Idf);
        Score(hashed, dense, into);
    }

    /// <summary>Label probabilities of a text given as its distinct buckets and their weights, and its dense values, into <paramref name="into"/>.</summary>
    public void Score(ReadOnlySpan<int> buckets, ReadOnlySpan<float> weights, ReadOnlySpan<float> dense, Span<float> into)
    {
        var classes = Labels.Count;
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

        for (var i = 0; i < buckets.Length; i++)
        {
            _ngramWeights.AddTo(buckets[i], weights[i], sums);
        }

        if (Output == ScoreOutput.Softmax)
        {
            ClassProbabilities.Softmax(sums, into);
        }
        else
        {
            ClassProbabilities.PlattNormalised(sums, _sigmoids, into);
        }
    }

    /// <summary>Throws a <see cref="ModelBundleException"/> naming <paramref name="path"/> unless the model reads what the featurizer gives.</summary>
    public void CheckReads(string path, int buckets, int denseCount)
    {
        if (Buckets != buckets || DenseCount != denseCount)
        {
            throw new ModelBundleException(
                $"{path}: the model reads {Buckets} n-gram buckets and {DenseCount} dense values, but the manifest's featurizer gives {buckets} and {denseCount}; the bundle is mismatched.");
        }
    }

    internal override void WriteBody(BinaryWriter writer)
    {
        writer.Write((byte)Output);
        writer.Write(DenseCount);
        ModelFile.WriteArray<float>(writer, _biases);
        ModelFile.WriteArray<float>(writer, _denseWeights);
        ModelFile.WriteArray<PlattSigmoid>(writer, _sigmoids);
        _ngramWeights.Write(writer);
        writer.Write(Idf is not null);
        Idf?.Write(writer);
    }

    internal static LinearModel ReadBody(BinaryReader reader, string[] labels)
    {
        var output = (ScoreOutput)reader.ReadByte();
        if (!Enum.IsDefined(output))
        {
            throw new InvalidDataException($"unknown output formula {(byte)output}");
        }

        var classes = labels.Length;
        var denseCount = ModelFile.Count(reader, MaxDense, "dense values");
        var biases = ModelFile.ReadArray<float>(reader, classes);
        var dense = ModelFile.ReadArray<float>(reader, denseCount * classes);
        var sigmoids = ModelFile.ReadArray<PlattSigmoid>(reader, output == ScoreOutput.PlattNormalised ? classes : 0);
        var ngrams = BucketWeights.Read(reader, classes, MaxBuckets);
        var idf = reader.ReadBoolean() ? BucketWeights.Read(reader, 1, MaxBuckets) : null;
        return new LinearModel(labels, ngrams, denseCount, dense, biases, output, sigmoids, idf);
    }
}
