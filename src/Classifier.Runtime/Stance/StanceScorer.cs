using Classifier.Runtime.Bundle;
using Classifier.Runtime.Models;

namespace Classifier.Runtime.Stance;

/// <summary>Scores the stance of quoted reactions with the bundle's stance model; thread-safe.</summary>
internal sealed class StanceScorer
{
    private readonly LinearModel _model;
    private readonly StanceFeaturizer _featurizer;

    public StanceScorer(ModelBundle bundle)
    {
        Labels = [.. bundle.Manifest.StanceLabels];
        _featurizer = new StanceFeaturizer(bundle.Manifest.Featurizer);
        _model = bundle.Linear(BundleKinds.StanceRole);
        _model.CheckReads(bundle.PathOf(BundleKinds.StanceRole), _featurizer.Hasher.Dimension, StanceFeaturizer.DenseCount);
    }

    public string[] Labels { get; }

    public float[][] Score(IReadOnlyList<(string Quote, string Context, bool Social)> quotes)
    {
        var result = new float[quotes.Count][];
        for (var i = 0; i < quotes.Count; i++)
        {
            var (quote, context, social) = quotes[i];
            result[i] = new float[Labels.Length];
            using var hashed = _featurizer.Hasher.Hash(_featurizer.Text(quote, context));
            _model.Score(hashed, StanceFeaturizer.Dense(quote, social), result[i]);
        }

        return result;
    }
}
