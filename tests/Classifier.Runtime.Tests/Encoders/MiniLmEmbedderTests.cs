using Classifier.Runtime.Encoders;

namespace Classifier.Runtime.Tests.Encoders;

public sealed class MiniLmEmbedderTests
{
    private static readonly MiniLmEmbedder Encoder = MiniLmEmbedder.Shared;

    [Fact]
    public void Embed_Texts_GivesOneUnitVectorOfTheStatedDimensionEach()
    {
        var vectors = Encoder.Embed(["The council approved the budget.", "", "Rain is expected tomorrow."]);

        Assert.Equal(3, vectors.Length);
        Assert.All(vectors, v => Assert.Equal(Encoder.Dimension, v.Length));
        Assert.All(vectors, v => Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 3));
        Assert.Equal(384, Encoder.Dimension);
        Assert.Equal(MiniLmEmbedder.Name, Encoder.Identity);
    }

    [Fact]
    public void Embed_Paraphrases_AreCloserThanUnrelatedTexts()
    {
        var v = Encoder.Embed([
            "I fully back the minister's plan, it is exactly what the country needs.",
            "The minister's plan has my complete support; the nation needs it.",
            "The striker scored twice in the second half of the match.",
        ]);

        Assert.True(Cosine(v[0], v[1]) > Cosine(v[0], v[2]) + 0.3, $"paraphrase {Cosine(v[0], v[1]):F3}, unrelated {Cosine(v[0], v[2]):F3}");
    }

    [Fact]
    public void Embed_ManyThreadsAtOnce_GiveWhatOneThreadGives()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"Reaction number {i}: the vote on the bridge was {(i % 2 == 0 ? "a triumph" : "a disgrace")}.").ToArray();
        var alone = Encoder.Embed(texts);

        var together = new float[texts.Length][];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => together[i] = Encoder.Embed([texts[i]])[0]);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(1.0, Cosine(alone[i], together[i]), 4);
        }
    }

    private static double Cosine(float[] a, float[] b) =>
        a.Zip(b, (x, y) => (double)x * y).Sum() / Math.Sqrt(a.Sum(x => (double)x * x) * b.Sum(x => (double)x * x));
}
