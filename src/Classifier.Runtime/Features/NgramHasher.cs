using System.Buffers;

namespace Classifier.Runtime.Features;

/// <summary>
/// The text features of every linear model (first pass, stance, custom), shared by training and
/// scoring: a normalised text's word 1..n-grams and character n-grams of the lengths
/// <see cref="NgramRanges"/> gives (over the text framed by start and end marks), each hashed into
/// one of 2^<see cref="NgramRanges.HashBits"/> buckets, counted, and the counts scaled to unit length
/// (unless the ranges say otherwise). Hashing needs no vocabulary and no allocation per n-gram, which
/// made the first pass several times faster than ML.NET's text featurizer; with a million buckets
/// the n-grams of the corpus rarely share one.
/// </summary>
public sealed class NgramHasher
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong WordSeed = 0x9E3779B97F4A7C15UL;
    private const ulong CharSeed = 0xC2B2AE3D27D4EB4FUL;
    private const char StartMark = '\u0002';
    private const char EndMark = '\u0003';

    private const int MaxRadixBits = 11;
    private const int RadixMinimum = 64;

    private const int MinBits = 8;
    private const int MaxBits = 28; // a quarter of a billion buckets

    private readonly NgramRanges _options;
    private readonly int _shift;
    private readonly int _radixBits;

    /// <summary>The hasher of the article models' settings.</summary>
    public NgramHasher(FeaturizerOptions options)
        : this(options.Ngrams)
    {
    }

    /// <summary>A hasher of the given n-gram ranges and hash size.</summary>
    public NgramHasher(NgramRanges ranges)
    {
        if (ranges.HashBits is < MinBits or > MaxBits)
        {
            throw new ArgumentOutOfRangeException(nameof(ranges), ranges.HashBits, $"HashBits must be between {MinBits} and {MaxBits}.");
        }

        if (ranges.WordNgramLength < 0 || ranges.CharNgramMin < 1 || ranges.CharNgramMax < ranges.CharNgramMin)
        {
            throw new ArgumentOutOfRangeException(nameof(ranges), ranges, "word n-grams need a length of 0 or more, character n-grams 1 <= min <= max.");
        }

        _options = ranges;
        _shift = 64 - ranges.HashBits;

        // As few counting passes as digits of at most MaxRadixBits bits allow (two for a million
        // buckets), the digits as even as they can be.
        var passes = (ranges.HashBits + MaxRadixBits - 1) / MaxRadixBits;
        _radixBits = (ranges.HashBits + passes - 1) / passes;
    }

    /// <summary>Number of buckets: the length of the feature vector.</summary>
    public int Dimension => 1 << _options.HashBits;

    /// <summary>
    /// Hashes <paramref name="text"/>: the distinct buckets in ascending order and their weights
    /// (both empty for a text without n-grams), in pooled buffers that disposing the result returns.
    /// </summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="idf">With TF-IDF weighting, each bucket's inverse document frequency (column 0); a bucket absent from it weighs 0.</param>
    public HashedText Hash(ReadOnlySpan<char> text, Models.BucketWeights? idf = null)
    {
        var bound = MaxNgrams(text.Length);
        var buckets = ArrayPool<int>.Shared.Rent(bound);
        var weights = ArrayPool<float>.Shared.Rent(bound);
        var count = Collect(text, buckets);
        SortBuckets(buckets.AsSpan(0, count), weights);
        return new HashedText(buckets, weights, CountDistinct(buckets.AsSpan(0, count), weights, idf));
    }

    /// <summary>The most n-grams a text of <paramref name="length"/> characters can have.</summary>
    private int MaxNgrams(int length) => (_options.WordNgramLength * ((length / 2) + 1)) + ((length + 2) * (_options.CharNgramMax - _options.CharNgramMin + 1));

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

        for (var c = _options.CharNgramMin; c <= _options.CharNgramMax; c++)
        {
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
        }

        return count;
    }

    /// <summary>
    /// Sorts the buckets ascending. A text has hundreds of n-grams whose buckets are uniformly spread
    /// hash values, the case where a least-significant-digit radix sort (one counting pass per digit
    /// of the hash) beats comparison sorting, whose partition steps mispredict about every other
    /// branch: it took a tenth of tagging's time. Two passes of 10-bit digits sort a million buckets
    /// with a third less work than three of 8 bits and end in place, the 4 KiB of counts still in the
    /// L1 cache. Short texts are sorted in place. <paramref name="scratch"/> (at least as long) holds
    /// the intermediate order.
    /// </summary>
    private void SortBuckets(Span<int> buckets, float[] scratch)
    {
        if (buckets.Length < RadixMinimum)
        {
            buckets.Sort();
            return;
        }

        // The float scratch buffer (not yet holding weights) serves as the int buffer of each pass.
        var other = System.Runtime.InteropServices.MemoryMarshal.Cast<float, int>(scratch.AsSpan(0, buckets.Length));
        Span<int> counts = stackalloc int[1 << _radixBits];
        var mask = (1 << _radixBits) - 1;
        var from = buckets;
        var to = other;
        for (var shift = 0; shift < _options.HashBits; shift += _radixBits)
        {
            counts.Clear();
            foreach (var b in from)
            {
                counts[(b >> shift) & mask]++;
            }

            var start = 0;
            for (var d = 0; d < counts.Length; d++)
            {
                (counts[d], start) = (start, start + counts[d]);
            }

            foreach (var b in from)
            {
                to[counts[(b >> shift) & mask]++] = b;
            }

            var swap = from;
            from = to;
            to = swap;
        }

        if (from != buckets)
        {
            from.CopyTo(buckets);
        }
    }

    /// <summary>
    /// Keeps each of the sorted buckets once, and writes its weight into <paramref name="weights"/>: its
    /// count, times its idf when there is one, scaled to unit length when the ranges say so.
    /// </summary>
    private int CountDistinct(Span<int> buckets, float[] weights, Models.BucketWeights? idf)
    {
        var distinct = 0;
        var squares = 0.0;
        for (var i = 0; i < buckets.Length;)
        {
            var j = i + 1;
            while (j < buckets.Length && buckets[j] == buckets[i])
            {
                j++;
            }

            var weight = idf is null ? j - i : (j - i) * idf[buckets[i], 0];
            buckets[distinct] = buckets[i];
            weights[distinct] = weight;
            squares += (double)weight * weight;
            distinct++;
            i = j;
        }

        if (!_options.L2Normalize)
        {
            return distinct;
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

/// <summary>
/// Which n-grams an <see cref="NgramHasher"/> reads and how it weighs them; each model kind's options
/// record gives its own (<see cref="FeaturizerOptions.Ngrams"/>, <see cref="TextClassifierFeaturizerOptions.Ngrams"/>),
/// which the manifest saves.
/// </summary>
/// <param name="WordNgramLength">Word n-grams of every length 1 up to this (0: none).</param>
/// <param name="CharNgramMin">Shortest character n-gram.</param>
/// <param name="CharNgramMax">Longest character n-gram.</param>
/// <param name="HashBits">The n-grams are hashed into 2^HashBits buckets.</param>
/// <param name="L2Normalize">Whether a text's counts are scaled to unit length.</param>
public sealed record NgramRanges(int WordNgramLength, int CharNgramMin, int CharNgramMax, int HashBits, bool L2Normalize);
