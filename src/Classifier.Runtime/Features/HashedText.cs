using System.Buffers;

namespace Classifier.Runtime.Features;

/// <summary>A text hashed by <see cref="NgramHasher"/>, in pooled buffers; dispose it once read.</summary>
public readonly struct HashedText(int[] buckets, float[] weights, int count) : IDisposable
{
    /// <summary>The distinct buckets, ascending.</summary>
    public ReadOnlySpan<int> Buckets => buckets.AsSpan(0, count);

    /// <summary>The weight of each bucket: its count, scaled so that the weights have unit length.</summary>
    public ReadOnlySpan<float> Weights => weights.AsSpan(0, count);

    /// <summary>Returns the pooled buffers; the spans must not be read afterwards.</summary>
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(buckets);
        ArrayPool<float>.Shared.Return(weights);
    }
}
