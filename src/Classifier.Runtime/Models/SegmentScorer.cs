using Classifier.Runtime.Bundle;
using Classifier.Runtime.Features;

namespace Classifier.Runtime.Models;

/// <summary>
/// Scores an article's segments with the bundle's two passes: the first pass reads each segment's
/// text and shape; the context pass re-reads those probabilities across neighbouring segments.
/// </summary>
internal sealed class SegmentScorer
{
    private readonly EnginePool<TextRow, ScoreRow> _firstPass;
    private readonly EnginePool<VectorRow, ScoreRow>? _contextPass;

    public SegmentScorer(ModelBundle bundle)
    {
        Featurizer = new ArticleFeaturizer(bundle.Manifest.Featurizer);
        Labels = [.. bundle.Manifest.Labels];
        var context = bundle.Context;
        var first = bundle.Get(BundleKinds.SegmentsRole);
        var textSchema = RowSchemas.ForText(Featurizer.DenseCount);
        _firstPass = new(() => context.Model.CreatePredictionEngine<TextRow, ScoreRow>(first.Transformer, inputSchemaDefinition: textSchema));
        if (bundle.Has(BundleKinds.ContextRole))
        {
            var second = bundle.Get(BundleKinds.ContextRole);
            var vectorSchema = RowSchemas.ForVector(ContextPassFeatures.Count(Featurizer.Options, Featurizer.DenseCount, Labels.Length));
            _contextPass = new(() => context.Model.CreatePredictionEngine<VectorRow, ScoreRow>(second.Transformer, inputSchemaDefinition: vectorSchema));
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
        var first = _firstPass.ScoreAll(features.Select(f => new TextRow { Text = f.Text, Dense = f.Dense }).ToArray(), r => r.Score);
        if (_contextPass is null)
        {
            return first;
        }

        var rows = ContextPassFeatures.Build(Featurizer.Options, features, first);
        return _contextPass.ScoreAll(rows.Select(r => new VectorRow { Features = r }).ToArray(), r => r.Score);
    }
}
