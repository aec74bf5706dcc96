using Classifier.Runtime.Features;
using FsCheck.Xunit;

namespace Classifier.Runtime.Tests.Features;

public sealed class NgramHasherTests
{
    private static readonly NgramHasher Hasher = new(new FeaturizerOptions());

    [Fact]
    public void Hash_Text_GivesDistinctAscendingBucketsOfUnitLength()
    {
        using var hashed = Hasher.Hash("the council said the council would meet");

        var buckets = hashed.Buckets.ToArray();
        Assert.Equal(buckets.Order().Distinct(), buckets);
        Assert.All(buckets, b => Assert.InRange(b, 0, Hasher.Dimension - 1));
        Assert.Equal(1.0, Math.Sqrt(hashed.Weights.ToArray().Sum(w => (double)w * w)), 5);
    }

    [Fact]
    public void Hash_RepeatedWords_CountsThem()
    {
        using var once = Hasher.Hash("storm");
        using var twice = Hasher.Hash("storm storm");

        // "storm storm" holds the unigram twice, so its largest weight outweighs every weight of a single word.
        Assert.True(twice.Weights.ToArray().Max() > once.Weights.ToArray().Max());
    }

    [Fact]
    public void Hash_WordOrder_ChangesTheBigrams()
    {
        using var a = Hasher.Hash("dog bites man");
        using var b = Hasher.Hash("man bites dog");

        Assert.NotEqual(a.Buckets.ToArray(), b.Buckets.ToArray());
    }

    [Fact]
    public void Hash_EmptyText_GivesNoFeatures()
    {
        using var empty = Hasher.Hash("");

        Assert.Equal(0, empty.Buckets.Length);
    }

    [Fact]
    public void Hash_CharRangeWithoutUnitLength_CountsEveryLengthOverTheFramedText()
    {
        var hasher = new NgramHasher(new NgramRanges(WordNgramLength: 0, CharNgramMin: 1, CharNgramMax: 3, HashBits: 20, L2Normalize: false));

        using var hashed = hasher.Hash("ab");

        // framed as [start]ab[end]: 4 n-grams of one character, 3 of two, 2 of three
        Assert.Equal(9.0, hashed.Weights.ToArray().Sum(w => (double)w));
        Assert.All(hashed.Weights.ToArray(), w => Assert.Equal(Math.Round(w), w));
    }

    [Fact]
    public void Hash_IdfGiven_WeighsEachBucketByItThenScales()
    {
        var ranges = new NgramRanges(WordNgramLength: 1, CharNgramMin: 3, CharNgramMax: 3, HashBits: 20, L2Normalize: false);
        var hasher = new NgramHasher(ranges);
        using var plain = hasher.Hash("storm warning");
        var buckets = plain.Buckets.ToArray();
        var idf = new Classifier.Runtime.Models.BucketWeights(hasher.Dimension, [[(buckets[0], 2f), (buckets[1], 0.5f)]]);

        using var weighted = hasher.Hash("storm warning", idf);

        Assert.Equal(buckets, weighted.Buckets.ToArray());
        Assert.Equal(plain.Weights[0] * 2f, weighted.Weights[0]);
        Assert.Equal(plain.Weights[1] * 0.5f, weighted.Weights[1]);
        Assert.All(weighted.Weights[2..].ToArray(), w => Assert.Equal(0f, w));
    }

    [Property(MaxTest = 2000)]
    public bool Hash_AnyText_IsDeterministicSortedAndUnitLength(string? text)
    {
        text ??= "";
        using var first = Hasher.Hash(text);
        using var second = Hasher.Hash(text);
        var buckets = first.Buckets.ToArray();
        var norm = Math.Sqrt(first.Weights.ToArray().Sum(w => (double)w * w));
        return buckets.SequenceEqual(second.Buckets.ToArray())
            && buckets.Zip(buckets.Skip(1)).All(p => p.First < p.Second)
            && (buckets.Length == 0 || Math.Abs(norm - 1) < 1e-5);
    }

    // Texts of many n-grams take the radix sort: two passes of 10-bit digits (20 bits), three (28), one (9).
    [Theory]
    [InlineData(20)]
    [InlineData(28)]
    [InlineData(9)]
    public void Hash_LongText_GivesEveryNgramCountedOnceInAscendingBuckets(int hashBits)
    {
        var hasher = new NgramHasher(new NgramRanges(2, 3, 3, hashBits, L2Normalize: false));
        var words = Enumerable.Range(0, 400).Select(i => $"w{i % 37}x{i % 11}").ToArray();
        var text = string.Join(' ', words);

        using var hashed = hasher.Hash(text);

        var buckets = hashed.Buckets.ToArray();
        Assert.True(buckets.Zip(buckets.Skip(1)).All(p => p.First < p.Second));
        var ngrams = words.Length + (words.Length - 1) + text.Length;
        Assert.Equal(ngrams, hashed.Weights.ToArray().Sum(w => (double)w));
        Assert.True(buckets.Length < ngrams);
    }
}
