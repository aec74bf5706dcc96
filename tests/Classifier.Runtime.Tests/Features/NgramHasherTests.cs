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
    public void ToVector_MatchesHash()
    {
        const string text = "share this article on x";
        using var hashed = Hasher.Hash(text);

        var vector = Hasher.ToVector(text);

        Assert.Equal(Hasher.Dimension, vector.Length);
        Assert.Equal(hashed.Buckets.ToArray(), vector.GetIndices().ToArray());
        Assert.Equal(hashed.Weights.ToArray(), vector.GetValues().ToArray());
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
}
