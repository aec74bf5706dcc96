using System.Numerics;
using Microsoft.ML.Data;

namespace Classifier.Runtime.Models;

/// <summary>
/// The class weights of the hashed n-gram buckets that any class weighs, packed one row per such
/// bucket. A bitmap says which buckets have a row (128 KiB for a million buckets, so it stays in
/// cache: n-grams never seen in training cost no memory access beyond it) and a count per 64
/// buckets plus a population count finds the row. Packing keeps the table a few MiB instead of a
/// row for every bucket, which made loading slower (every page of a fresh array is a fault).
/// </summary>
internal sealed class BucketWeights
{
    private readonly ulong[] _weighted;
    private readonly int[] _rowsBefore;
    private readonly float[] _rows;
    private readonly int _classes;

    /// <param name="weights">Per class, the weights of all features; those below <paramref name="buckets"/> are the n-gram buckets.</param>
    /// <param name="buckets">Number of buckets.</param>
    public BucketWeights(VBuffer<float>[] weights, int buckets)
    {
        _classes = weights.Length;
        _weighted = new ulong[(buckets + 63) / 64];
        foreach (var w in weights)
        {
            ForEachNonZero(w, buckets, (b, _) => _weighted[b >> 6] |= 1UL << b);
        }

        _rowsBefore = new int[_weighted.Length];
        var count = 0;
        for (var i = 0; i < _weighted.Length; i++)
        {
            _rowsBefore[i] = count;
            count += BitOperations.PopCount(_weighted[i]);
        }

        _rows = new float[count * _classes];
        for (var c = 0; c < _classes; c++)
        {
            var klass = c;
            ForEachNonZero(weights[c], buckets, (b, value) => _rows[(RowOf(b) * _classes) + klass] = value);
        }
    }

    /// <summary>Adds <paramref name="x"/> times the bucket's class weights to <paramref name="sums"/>; nothing for a bucket no class weighs.</summary>
    public void AddTo(int bucket, float x, Span<float> sums)
    {
        var word = _weighted[bucket >> 6];
        var bit = 1UL << bucket;
        if ((word & bit) == 0)
        {
            return;
        }

        var row = _rows.AsSpan((_rowsBefore[bucket >> 6] + BitOperations.PopCount(word & (bit - 1))) * _classes, _classes);
        for (var c = 0; c < row.Length; c++)
        {
            sums[c] += row[c] * x;
        }
    }

    private int RowOf(int bucket) => _rowsBefore[bucket >> 6] + BitOperations.PopCount(_weighted[bucket >> 6] & ((1UL << bucket) - 1));

    private static void ForEachNonZero(VBuffer<float> weights, int below, Action<int, float> use)
    {
        var values = weights.GetValues();
        var indices = weights.GetIndices();
        for (var k = 0; k < values.Length; k++)
        {
            var index = weights.IsDense ? k : indices[k];
            if (index < below && values[k] != 0)
            {
                use(index, values[k]);
            }
        }
    }
}
