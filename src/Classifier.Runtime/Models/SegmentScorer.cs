using Classifier.Runtime.Bundle;
using Classifier.Runtime.Features;

namespace Classifier.Runtime.Models;

/// <summary>
/// Scores an article's segments with the bundle's two passes: the first pass reads each segment's
/// text and shape; the context pass re-reads those probabilities across neighbouring segments.
/// </summary>
public sealed class SegmentScorer
{
    private readonly NgramHasher _hasher;
    private readonly LinearModel _firstPass;
    private readonly TreeEnsembleModel? _contextPass;

    /// <summary>The scorer of an article bundle's first pass and (if it has one) context pass; a mismatched bundle is a <see cref="ModelBundleException"/>.</summary>
    public SegmentScorer(ModelBundle bundle)
    {
        Featurizer = new ArticleFeaturizer(bundle.Manifest.Featurizer);
        Labels = [.. bundle.Manifest.Labels];
        _hasher = new NgramHasher(Featurizer.Options);
        _firstPass = bundle.Linear(BundleKinds.SegmentsRole);
        _firstPass.CheckReads(bundle.PathOf(BundleKinds.SegmentsRole), _hasher.Dimension, Featurizer.DenseCount);
        if (bundle.Has(BundleKinds.ContextRole))
        {
            _contextPass = bundle.Trees(BundleKinds.ContextRole);
            var width = ContextPassFeatures.Count(Featurizer.Options, Featurizer.DenseCount, Labels.Length);
            if (_contextPass.FeatureCount != width)
            {
                throw new ModelBundleException($"{bundle.PathOf(BundleKinds.ContextRole)}: the context pass reads {_contextPass.FeatureCount} features, but the manifest's featurizer gives {width}; the bundle is mismatched.");
            }
        }
    }

    /// <summary>The featurizer of the bundle's settings.</summary>
    public ArticleFeaturizer Featurizer { get; }

    /// <summary>The segment labels, in score order.</summary>
    public string[] Labels { get; }

    /// <summary>Final label probabilities for each segment text, in <see cref="Labels"/> order.</summary>
    public float[][] Score(IReadOnlyList<string> segments)
    {
        if (segments.Count == 0)
        {
            return [];
        }

        var features = Featurizer.Featurize(segments);
        return ContextPass(features, FirstPass(features));
    }

    /// <summary>First-pass label probabilities of featurized segments.</summary>
    public float[][] FirstPass(SegmentFeatures[] features)
    {
        var result = new float[features.Length][];
        for (var i = 0; i < features.Length; i++)
        {
            result[i] = new float[Labels.Length];
            using var hashed = _hasher.Hash(features[i].Text);
            _firstPass.Score(hashed, features[i].Dense, result[i]);
        }

        return result;
    }

    /// <summary>Context-pass label probabilities from the first pass's; the first pass's when the bundle has no context pass.</summary>
    public float[][] ContextPass(SegmentFeatures[] features, float[][] first) =>
        _contextPass is null ? first : _contextPass.ScoreAll(ContextPassFeatures.Build(Featurizer.Options, features, first));
}
