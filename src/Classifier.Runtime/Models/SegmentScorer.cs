using Classifier.Runtime.Bundle;
using Classifier.Runtime.Features;

namespace Classifier.Runtime.Models;

/// <summary>
/// Scores an article's segments with the bundle's two passes: the first pass reads each segment's
/// text and shape; the context pass re-reads those probabilities across neighbouring segments.
/// </summary>
internal sealed class SegmentScorer
{
    private readonly LinearTextScorer _firstPass;
    private readonly EnginePool<VectorRow, ScoreRow>? _contextPass;
    private readonly TreeEnsembleScorer? _contextTrees;

    public SegmentScorer(ModelBundle bundle)
    {
        Featurizer = new ArticleFeaturizer(bundle.Manifest.Featurizer);
        Labels = [.. bundle.Manifest.Labels];
        var context = bundle.Context;
        var first = bundle.Get(BundleKinds.SegmentsRole);
        _firstPass = LinearTextScorer.Create(first, new NgramHasher(Featurizer.Options), Featurizer.DenseCount, bundle.PathOf(BundleKinds.SegmentsRole));
        if (bundle.Has(BundleKinds.ContextRole))
        {
            var second = bundle.Get(BundleKinds.ContextRole);
            var vectorSchema = RowSchemas.ForVector(ContextPassFeatures.Count(Featurizer.Options, Featurizer.DenseCount, Labels.Length));
            _contextPass = new(() => context.Model.CreatePredictionEngine<VectorRow, ScoreRow>(second.Transformer, inputSchemaDefinition: vectorSchema));
            _contextTrees = TreeEnsembleScorer.TryCreate(second.Transformer);
            if (_contextTrees is not null && _contextTrees.ClassCount != Labels.Length)
            {
                _contextTrees = null;
            }
        }
    }

    public ArticleFeaturizer Featurizer { get; }

    public string[] Labels { get; }

    /// <summary>Final label probabilities for each segment text, in <see cref="Labels"/> order.</summary>
    public float[][] Score(IReadOnlyList<string> segments)
    {
        if (segments.Count == 0)
        {
            return [];
        }

        var features = Featurizer.Featurize(segments);
        var first = FirstPass(features);
        return _contextPass is null ? first : ContextPass(features, first);
    }

    /// <summary>First-pass label probabilities of featurized segments.</summary>
    internal float[][] FirstPass(SegmentFeatures[] features)
    {
        var result = new float[features.Length][];
        for (var i = 0; i < features.Length; i++)
        {
            result[i] = new float[Labels.Length];
            _firstPass.Score(features[i].Text, features[i].Dense, result[i]);
        }

        return result;
    }

    /// <summary>Context-pass label probabilities from the first pass's; the first pass's when the bundle has no context pass.</summary>
    internal float[][] ContextPass(SegmentFeatures[] features, float[][] first)
    {
        if (_contextPass is null)
        {
            return first;
        }

        var rows = ContextPassFeatures.Build(Featurizer.Options, features, first);
        if (_contextTrees is not null && UseTrees)
        {
            var result = new float[rows.Length][];
            for (var i = 0; i < rows.Length; i++)
            {
                result[i] = new float[Labels.Length];
            }

            if (_contextTrees.TryScoreAll(rows, result))
            {
                return result;
            }
        }

        return _contextPass.ScoreAll(rows.Select(r => new VectorRow { Features = r }).ToArray(), r => r.Score);
    }

    /// <summary>Whether the context pass runs on the extracted trees (true when the model allows it) or on ML.NET's engine; for the equivalence check.</summary>
    internal bool UseTrees { get; set; } = true;

    /// <summary>Whether the context pass could be evaluated from the extracted trees.</summary>
    internal bool HasTrees => _contextTrees is not null;
}
