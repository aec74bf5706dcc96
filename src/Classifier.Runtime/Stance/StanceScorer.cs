using Classifier.Runtime.Bundle;
using Classifier.Runtime.Models;

namespace Classifier.Runtime.Stance;

/// <summary>Scores the stance of quoted reactions with the bundle's stance model; thread-safe.</summary>
internal sealed class StanceScorer
{
    private readonly EnginePool<TextRow, ScoreRow> _engines;
    private readonly StanceFeaturizer _featurizer;

    public StanceScorer(ModelBundle bundle)
    {
        Labels = [.. bundle.Manifest.StanceLabels];
        _featurizer = new StanceFeaturizer(bundle.Manifest.Featurizer);
        var model = bundle.Get(BundleKinds.StanceRole);
        var schema = RowSchemas.ForText(StanceFeaturizer.DenseCount);
        _engines = new(() => bundle.Context.Model.CreatePredictionEngine<TextRow, ScoreRow>(model.Transformer, inputSchemaDefinition: schema));
    }

    public string[] Labels { get; }

    public float[][] Score(IReadOnlyList<(string Quote, string Context, bool Social)> quotes) =>
        quotes.Count == 0 ? [] : _engines.ScoreAll(quotes.Select(q => _featurizer.ToRow(q.Quote, q.Context, q.Social)).ToArray(), r => r.Score);
}
