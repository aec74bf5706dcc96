using System.Numerics;

namespace Classifier.Runtime.Models;

/// <summary>
/// The class weights of the hashed n-gram buckets that any class weighs, packed one row per such
/// bucket. A bitmap says which buckets have a row (128 KiB for a million buckets, so it stays in
/// cache: n-grams never seen in training cost no memory access beyond it) and a count per 64
/// buckets plus a population count finds the row. Packing keeps the table a few MiB instead of a
/// row for every bucket, which made loading slower (every page of a fresh array is a fault); the
/// model file stores the bitmap and the rows as they are, so loading is two block reads.
/// </summary>
public sealed class BucketWeights
{
    private readonly ulong[] _weighted;
    private readonly int[] _rowsBefore;
    private readonly float[] _rows;
    private readonly int _classes;

    /// <param name="buckets">Number of buckets.</param>
    /// <param name="weights">Per class, its non-zero bucket weights (bucket, weight), buckets below <paramref name="buckets"/>.</param>
    public BucketWeights(int buckets, IReadOnlyList<(int Bucket, float Weight)[]> weights)
    {
        _classes = weights.Count;
        Buckets = buckets;
        _weighted = new ulong[(buckets + 63) / 64];
        foreach (var (b, w) in weights.SelectMany(c => c))
        {
            if (w != 0)
            {
                _weighted[b >> 6] |= 1UL << b;
            }
        }

        _rowsBefore = RowsBefore(_weighted, out var count);
        _rows = new float[count * _classes];
        for (var c = 0; c < _classes; c++)
        {
            foreach (var (b, w) in weights[c])
            {
                if (w != 0)
                {
                    _rows[(RowOf(b) * _classes) + c] = w;
                }
            }
        }
    }

    private BucketWeights(int buckets, int classes, ulong[] weighted, float[] rows)
    {
        Buckets = buckets;
        _classes = classes;
        _weighted = weighted;
        _rowsBefore = RowsBefore(weighted, out var count);
        _rows = rows.Length == count * classes ? rows : throw new InvalidDataException($"{rows.Length} bucket weights for {count} weighted buckets of {classes} classes; the file is corrupt");
    }

    /// <summary>Number of buckets.</summary>
    public int Buckets { get; }

    /// <summary>The weight of class <paramref name="klass"/> for <paramref name="bucket"/> (0 for a bucket no class weighs).</summary>
    public float this[int bucket, int klass] =>
        (_weighted[bucket >> 6] & (1UL << bucket)) == 0 ? 0f : _rows[(RowOf(bucket) * _classes) + klass];

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

    internal void Write(BinaryWriter writer)
    {
        writer.Write(Buckets);
        ModelFile.WriteArray<ulong>(writer, _weighted);
        ModelFile.WriteArray<float>(writer, _rows);
    }

    internal static BucketWeights Read(BinaryReader reader, int classes, int maxBuckets)
    {
        var buckets = ModelFile.Count(reader, maxBuckets, "buckets");
        var weighted = ModelFile.ReadArray<ulong>(reader, (buckets + 63) / 64);
        return new BucketWeights(buckets, classes, weighted, ModelFile.ReadArray<float>(reader));
    }

    private int RowOf(int bucket) => _rowsBefore[bucket >> 6] + BitOperations.PopCount(_weighted[bucket >> 6] & ((1UL << bucket) - 1));

    private static int[] RowsBefore(ulong[] weighted, out int count)
    {
        var before = new int[weighted.Length];
        count = 0;
        for (var i = 0; i < weighted.Length; i++)
        {
            before[i] = count;
            count += BitOperations.PopCount(weighted[i]);
        }

        return before;
    }
}
