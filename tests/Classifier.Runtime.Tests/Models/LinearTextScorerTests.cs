using Classifier.Runtime.Bundle;
using Classifier.Runtime.Features;
using Classifier.Runtime.Models;
using Classifier.Runtime.Segmentation;
using Classifier.Runtime.Stance;
using Classifier.Runtime.Tests.Support;
using Microsoft.ML;

namespace Classifier.Runtime.Tests.Models;

/// <summary>The first pass and stance are evaluated from the models' weights; they must give what ML.NET gives.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class LinearTextScorerTests(TrainedModelFixture model)
{
    [Fact]
    public void FirstPass_OnSeedArticles_MatchesMlNet()
    {
        var bundle = ModelBundle.Load(model.ModelDirectory, BundleKinds.ArticleSegments);
        var scorer = new SegmentScorer(bundle);
        var hasher = new NgramHasher(bundle.Manifest.Featurizer);
        var first = bundle.Get(BundleKinds.SegmentsRole);
        var engine = bundle.Context.Model.CreatePredictionEngine<HashedRow, ScoreRow>(
            first.Transformer, inputSchemaDefinition: RowSchemas.ForHashed(hasher.Dimension, scorer.Featurizer.DenseCount));
        var compared = 0;
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds, "*.txt").Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)))
        {
            var segments = Segmenter.Split(File.ReadAllText(file)).Select(s => s.Text).ToArray();
            var features = scorer.Featurizer.Featurize(segments);
            var ours = scorer.FirstPass(features);
            for (var i = 0; i < features.Length; i++)
            {
                var theirs = engine.Predict(new HashedRow { Ngrams = hasher.ToVector(features[i].Text), Dense = features[i].Dense }).Score;
                AssertClose(theirs, ours[i], $"{Path.GetFileName(file)} segment {i}");
                compared++;
            }
        }

        Assert.True(compared > 100, $"only {compared} segments compared");
    }

    [Fact]
    public void Stance_OnLabelledQuotes_MatchesMlNet()
    {
        var bundle = ModelBundle.Load(model.ModelDirectory, BundleKinds.ArticleSegments);
        var scorer = new StanceScorer(bundle);
        var featurizer = new StanceFeaturizer(bundle.Manifest.Featurizer);
        var engine = bundle.Context.Model.CreatePredictionEngine<HashedRow, ScoreRow>(
            bundle.Get(BundleKinds.StanceRole).Transformer, inputSchemaDefinition: RowSchemas.ForHashed(featurizer.Hasher.Dimension, StanceFeaturizer.DenseCount));
        (string Quote, string Context, bool Social)[] quotes =
        [
            ("This is a disgrace and the council should resign today.", "Resident @Kim_R wrote", true),
            ("We welcome the decision wholeheartedly.", "said the union's spokesperson", false),
            ("The hearing is scheduled for March.", "a court official said", false),
            ("", "", false),
        ];

        var ours = scorer.Score(quotes);

        for (var i = 0; i < quotes.Length; i++)
        {
            var theirs = engine.Predict(featurizer.ToRow(quotes[i].Quote, quotes[i].Context, quotes[i].Social)).Score;
            AssertClose(theirs, ours[i], $"quote {i}");
        }
    }

    private static void AssertClose(float[] expected, float[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var c = 0; c < expected.Length; c++)
        {
            Assert.True(Math.Abs(expected[c] - actual[c]) < 1e-5f, $"{what}, class {c}: ML.NET {expected[c]}, ours {actual[c]}");
        }
    }
}
