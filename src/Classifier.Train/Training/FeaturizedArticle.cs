using Classifier.Runtime.Features;
using Classifier.Train.Labels;
using Microsoft.ML.Data;

namespace Classifier.Train.Training;

/// <summary>
/// An article's segments as the models see them, with their true labels: featurized and hashed
/// once, then reused by every fit and every fold.
/// </summary>
internal sealed record FeaturizedArticle(string Id, SegmentFeatures[] Features, VBuffer<float>[] Ngrams, string[] Labels)
{
    public static FeaturizedArticle Create(LabelledArticle article, ArticleFeaturizer featurizer, NgramHasher hasher)
    {
        var features = featurizer.Featurize(article.Segments.Select(s => s.Text).ToArray());
        return new FeaturizedArticle(article.Id, features, features.Select(f => hasher.ToVector(f.Text)).ToArray(), article.Segments.Select(s => s.Label).ToArray());
    }
}
