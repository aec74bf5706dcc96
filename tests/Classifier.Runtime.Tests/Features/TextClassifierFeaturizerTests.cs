using Classifier.Runtime.Encoders;
using Classifier.Runtime.Features;

namespace Classifier.Runtime.Tests.Features;

public sealed class TextClassifierFeaturizerTests
{
    [Fact]
    public void Ngrams_ReadNoEncoder_AndOnlyTheShapeValues()
    {
        var featurizer = new TextClassifierFeaturizer(new TextClassifierFeaturizerOptions(), crossGroups: false);

        Assert.Equal(TextClassifierFeaturizer.ShapeCount, featurizer.DenseCount);
        Assert.Equal(TextClassifierFeaturizer.ShapeCount, featurizer.Dense("Is it raining?").Length);
        Assert.NotEmpty(featurizer.Text("Is it raining?", null));
    }

    [Fact]
    public void Both_AppendTheEncodersVectorToTheShapeValues()
    {
        var encoder = new LengthEmbedder();
        var featurizer = new TextClassifierFeaturizer(Options(TextFeatureSets.Both, encoder), crossGroups: false, encoder);

        var dense = featurizer.Dense("abc!");

        Assert.Equal(TextClassifierFeaturizer.ShapeCount + 2, featurizer.DenseCount);
        Assert.Equal([4f * TextClassifierFeaturizer.EmbeddingWeight, TextClassifierFeaturizer.EmbeddingWeight], dense[TextClassifierFeaturizer.ShapeCount..]);
        Assert.Equal(1f, dense[3]);
        Assert.Equal("abc!", featurizer.Text("abc!", null));
    }

    [Fact]
    public void Embeddings_ReadNoNgrams()
    {
        var encoder = new LengthEmbedder();
        var featurizer = new TextClassifierFeaturizer(Options(TextFeatureSets.Embeddings, encoder), crossGroups: true, encoder);

        Assert.Equal("", featurizer.Text("The storm came", "a"));
        Assert.Equal(TextClassifierFeaturizer.ShapeCount + 2, featurizer.Dense("The storm came").Length);
    }

    [Fact]
    public void Embeddings_WithoutTheEncoderTheyWereMadeBy_AreRefused()
    {
        var options = Options(TextFeatureSets.Both, new LengthEmbedder());

        Assert.Throws<ArgumentException>(() => new TextClassifierFeaturizer(options, crossGroups: false));
        var wrong = Assert.Throws<ArgumentException>(() => new TextClassifierFeaturizer(options with { Encoder = "another-encoder" }, crossGroups: false, new LengthEmbedder()));
        Assert.Contains("another-encoder", wrong.Message);
    }

    private static TextClassifierFeaturizerOptions Options(string features, ITextEmbedder encoder) =>
        new() { Features = features, Encoder = encoder.Identity, EncoderDimension = encoder.Dimension };

    /// <summary>A two-value stand-in encoder: the text's length and whether it ends with '!'.</summary>
    private sealed class LengthEmbedder : ITextEmbedder
    {
        public string Identity => "length-test-encoder";

        public int Dimension => 2;

        public float[][] Embed(IReadOnlyList<string> texts) => texts.Select(t => new[] { (float)t.Length, t.EndsWith('!') ? 1f : 0f }).ToArray();
    }
}
