using System.Buffers;
using Microsoft.ML.Data;

namespace Classifier.Runtime.Features;

/// <summary>
/// The text features of the default models, shared by training and tagging: a normalised text's
/// word 1..n-grams and character n-grams (over the text framed by start and end marks), each
/// hashed into one of 2^<see cref="FeaturizerOptions.HashBits"/> buckets, counted, and the counts
/// scaled to unit length. Hashing needs no vocabulary and no allocation per n-gram, which made the
/// first pass several times faster than ML.NET's text featurizer; with a million buckets the
/// n-grams of the corpus rarely share one.
/// </summary>
internal sealed class NgramHasher
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong WordSeed = 0x9E3779B97F4A7C15UL;
    private const ulong CharSeed = 0xC2B2AE3D27D4EB4FUL;
    private const char StartMark = '\u0002';
    private const char EndMark = '\u0003';

    private const int MinBits = 8;
    private const int MaxBits = 28; // a quarter of a billion buckets

    private readonly FeaturizerOptions _options;
    private readonly int _shift;

    public NgramHasher(FeaturizerOptions options)
    {
        if (options.HashBits is < MinBits or > MaxBits)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.HashBits, $"HashBits must be between {MinBits} and {MaxBits}.");
        }

        _options = options;
        _shift = 64 - options.HashBits;
    }

    /// <summary>Number of buckets: the length of the feature vector.</summary>
    public int Dimension => 1 << _options.HashBits;

    /// <summary>
    /// Hashes <paramref name="text"/>: the distinct buckets in ascending order and their
    /// unit-length weights (both empty for a text without n-grams), in pooled buffers that
    /// disposing the result returns.
    /// </summary>
    public HashedText Hash(ReadOnlySpan<char> text)
    {
        var bound = MaxNgrams(text.Length);
        var buckets = ArrayPool<int>.Shared.Rent(bound);
        var weights = ArrayPool<float>.Shared.Rent(bound);
        var count = Collect(text, buckets);
        return new HashedText(buckets, weights, CountDistinct(buckets.AsSpan(0, count), weights));
    }

    /// <summary>The hashed text as an ML.NET sparse vector, for training and ML.NET's own scoring.</summary>
    public VBuffer<float> ToVector(ReadOnlySpan<char> text)
    {
        using var hashed = Hash(text);
        return new VBuffer<float>(Dimension, hashed.Buckets.Length, hashed.Weights.ToArray(), hashed.Buckets.ToArray());
    }

    /// <summary>The most n-grams a text of <paramref name="length"/> characters can have.</summary>
    private int MaxNgrams(int length) => (_options.WordNgramLength * ((length / 2) + 1)) + length + 2;

    private int Collect(ReadOnlySpan<char> text, int[] into)
    {
        var count = 0;
        Span<ulong> recent = stackalloc ulong[Math.Max(1, _options.WordNgramLength)];
        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var h = FnvOffset;
            for (; i < text.Length && !char.IsWhiteSpace(text[i]); i++)
            {
                h = (h ^ text[i]) * FnvPrime;
            }

            recent[words % recent.Length] = h;
            words++;
            var gram = WordSeed;
            for (var n = 1; n <= _options.WordNgramLength && n <= words; n++)
            {
                gram = Mix(gram ^ recent[(words - n) % recent.Length]);
                into[count++] = Bucket(gram + (ulong)n);
            }
        }

        var c = _options.CharNgramLength;
        for (var start = -1; start + c <= text.Length + 1; start++)
        {
            var h = CharSeed;
            for (var k = start; k < start + c; k++)
            {
                var ch = k < 0 ? StartMark : k >= text.Length ? EndMark : text[k];
                h = (h ^ ch) * FnvPrime;
            }

            into[count++] = Bucket(h);
        }

        return count;
    }

    /// <summary>Sorts the buckets, keeps each once, and writes its count scaled to unit length into <paramref name="weights"/>.</summary>
    private static int CountDistinct(Span<int> buckets, float[] weights)
    {
        buckets.Sort();
        var distinct = 0;
        var squares = 0.0;
        for (var i = 0; i < buckets.Length;)
        {
            var j = i + 1;
            while (j < buckets.Length && buckets[j] == buckets[i])
            {
                j++;
            }

            buckets[distinct] = buckets[i];
            weights[distinct] = j - i;
            squares += (double)(j - i) * (j - i);
            distinct++;
            i = j;
        }

        var scale = squares > 0 ? (float)(1.0 / Math.Sqrt(squares)) : 0f;
        for (var i = 0; i < distinct; i++)
        {
            weights[i] *= scale;
        }

        return distinct;
    }

    private int Bucket(ulong hash) => (int)(Mix(hash) >> _shift);

    /// <summary>The finaliser of MurmurHash3: spreads every input bit over the whole word.</summary>
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
