using Classifier.Runtime.Bundle;
using Classifier.Runtime.Models;

namespace Classifier.Runtime.Stance;

/// <summary>Scores the stance of quoted reactions with the bundle's stance model; thread-safe.</summary>
internal sealed class StanceScorer
{
    private readonly LinearTextScorer _model;
    private readonly StanceFeaturizer _featurizer;

    public StanceScorer(ModelBundle bundle)
    {
        Labels = [.. bundle.Manifest.StanceLabels];
        _featurizer = new StanceFeaturizer(bundle.Manifest.Featurizer);
        var model = bundle.Get(BundleKinds.StanceRole);
        _model = LinearTextScorer.Create(model, _featurizer.Hasher, StanceFeaturizer.DenseCount, bundle.PathOf(BundleKinds.StanceRole));
    }

    public string[] Labels { get; }

    public float[][] Score(IReadOnlyList<(string Quote, string Context, bool Social)> quotes)
    {
        var result = new float[quotes.Count][];
        for (var i = 0; i < quotes.Count; i++)
        {
            var (quote, context, social) = quotes[i];
            result[i] = new float[Labels.Length];
            _model.Score(_featurizer.Text(quote, context), StanceFeaturizer.Dense(quote, social), result[i]);
        }

        return result;
    }
}
