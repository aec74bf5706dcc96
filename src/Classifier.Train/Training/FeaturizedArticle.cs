using Classifier.Runtime.Features;
using Classifier.Train.Labels;
using Classifier.Train.Pipelines;
using Microsoft.ML.Data;

namespace Classifier.Train.Training;

/// <summary>
/// An article's segments as the models see them, with their true labels: featurized and hashed
/// once, then reused by every fit and every fold.
/// </summary>
internal sealed record FeaturizedArticle(string Id, SegmentFeatures[] Features, VBuffer<float>[] Ngrams, string[] Labels)
{
    public static FeaturizedArticle Create(LabelledArticle article, ArticleFeaturizer featurizer, NgramHasher hasher) =>
        Create(article.Id, article.Segments.Select(s => s.Text).ToArray(), featurizer, hasher, article.Segments.Select(s => s.Label).ToArray());

    /// <summary>An article from its segment texts; without <paramref name="labels"/> (unlabelled pages, only scored) every label is empty.</summary>
    public static FeaturizedArticle Create(string id, string[] texts, ArticleFeaturizer featurizer, NgramHasher hasher, string[]? labels = null)
    {
        var features = featurizer.Featurize(texts);
        return new FeaturizedArticle(id, features, features.Select(f => hasher.ToVector(f.Text)).ToArray(), labels ?? texts.Select(_ => "").ToArray());
    }
}
