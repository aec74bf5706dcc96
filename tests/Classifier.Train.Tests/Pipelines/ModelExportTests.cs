using Classifier.Runtime.Features;
using Classifier.Train.Labels;
using Classifier.Train.Pipelines;
using Classifier.Train.Training;
using Microsoft.ML;

namespace Classifier.Train.Tests.Pipelines;

/// <summary>
/// The exported runtime models score as the ML.NET models they came from: trained on a slice of the
/// repository's labelled corpus, compared on every labelled segment (and every quote).
/// </summary>
public sealed class ModelExportTests
{
    /// <summary>Float rounding of the same sums taken in another order; a real divergence is orders of magnitude larger.</summary>
    private const float Tolerance = 1e-5f;

    /// <summary>Every fourth article trains the models: enough for real trees, quick enough for a test.</summary>
    private const int SliceStep = 4;

    private static readonly Lazy<LabelCorpus> Corpus = new(() => LabelReader.ReadFolder(RepoPaths.Labels));

    [Fact]
    public void SegmentPasses_OnEveryLabelledSegment_EqualMlNetWithNoLabelFlipped()
    {
        var options = new TrainingOptions { Folds = 0 };
        var featurizer = new ArticleFeaturizer(new FeaturizerOptions());
        var hasher = new NgramHasher(featurizer.Options);
        var articles = Corpus.Value.Articles.Select(a => FeaturizedArticle.Create(a, featurizer, hasher)).ToArray();
        var labels = articles.SelectMany(a => a.Labels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var trainer = new SegmentModelTrainer(new MLContext(options.Seed), featurizer, hasher, options, labels);
        var check = new ExportEquivalence(trainer, [.. articles.Where((_, i) => i % SliceStep == 0)], labels, options.ClassWeightPower);

        var report = check.Compare(articles);

        Assert.Equal(Corpus.Value.SegmentCount, report.Segments);
        Assert.InRange(report.FirstPass.MaxDifference, 0f, Tolerance);
        Assert.Equal(0, report.FirstPass.LabelFlips);
        Assert.InRange(report.ContextPass.MaxDifference, 0f, Tolerance);
        Assert.Equal(0, report.ContextPass.LabelFlips);
    }

    [Fact]
    public void StanceModel_OnEveryLabelledQuote_EqualsMlNetWithNoLabelFlipped()
    {
        var options = new TrainingOptions { Folds = 0 };
        var quotes = Corpus.Value.Quotes;
        var labels = StanceTrainer.LabelsOf(quotes);
        var stance = new StanceTrainer(new MLContext(options.Seed), new FeaturizerOptions(), options);
        var (fitted, model) = stance.Fit([.. quotes.Where((_, i) => i % SliceStep == 0)]);

        var ours = stance.Score(model, quotes, labels);
        var theirs = ScoreReader.Read(fitted, stance.Rows(quotes), labels);

        Assert.Equal(quotes.Count, theirs.Length);
        for (var i = 0; i < quotes.Count; i++)
        {
            Assert.All(ours[i].Zip(theirs[i]), p => Assert.InRange(Math.Abs(p.First - p.Second), 0f, Tolerance));
            Assert.Equal(ScoreReader.ArgMax(theirs[i], labels), ScoreReader.ArgMax(ours[i], labels));
        }
    }

    [Fact]
    public void ToVector_MatchesHash()
    {
        var hasher = new NgramHasher(new FeaturizerOptions());
        const string text = "share this article on x";
        using var hashed = hasher.Hash(text);

        var vector = hasher.ToVector(text);

        Assert.Equal(hasher.Dimension, vector.Length);
        Assert.Equal(hashed.Buckets.ToArray(), vector.GetIndices().ToArray());
        Assert.Equal(hashed.Weights.ToArray(), vector.GetValues().ToArray());
    }
}
