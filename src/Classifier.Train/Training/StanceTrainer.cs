using Classifier.Runtime.Bundle;
using Classifier.Runtime.Features;
using Classifier.Runtime.Models;
using Classifier.Runtime.Stance;
using Classifier.Train.Evaluation;
using Classifier.Train.Labels;
using Classifier.Train.Pipelines;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Train.Training;

/// <summary>Trains the stance model on the labelled quotes and cross-validates it grouped by article.</summary>
internal sealed class StanceTrainer(MLContext ml, FeaturizerOptions featurizerOptions, TrainingOptions options)
{
    private readonly StanceFeaturizer _featurizer = new(featurizerOptions);

    public static string[] LabelsOf(IEnumerable<LabelledQuote> quotes) =>
        quotes.Select(q => q.Stance).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    public LinearModel Train(IReadOnlyList<LabelledQuote> quotes) => Fit(quotes).Model;

    /// <summary>The stance model as ML.NET fitted it, and as the runtime's linear model.</summary>
    internal (ITransformer Fitted, LinearModel Model) Fit(IReadOnlyList<LabelledQuote> quotes)
    {
        var weights = ClassWeights.For(quotes.Select(q => q.Stance), options.ClassWeightPower);
        var data = Rows(quotes, weights);

        // A context of its own, so that the solver's shuffling does not depend on what was trained before.
        var fitted = PipelineFactory.TextClassifier(new MLContext(options.Seed), options with { L2 = options.StanceL2, L1 = options.StanceL1 }).Fit(data);
        return (fitted, ModelExport.FromMaxEnt(fitted, data.Schema, _featurizer.Hasher.Dimension, StanceFeaturizer.DenseCount));
    }

    /// <summary>The quotes as ML.NET reads them (weighted by their stance when <paramref name="weights"/> are given).</summary>
    internal IDataView Rows(IReadOnlyList<LabelledQuote> quotes, Dictionary<string, float>? weights = null) =>
        ml.Data.LoadFromEnumerable(quotes.Select(q => Row(q, weights?[q.Stance] ?? 1f)).ToList(), Schema);

    /// <summary>Stance probabilities of each quote in <paramref name="labels"/> order, scored by the runtime's model as the tagger scores them.</summary>
    public float[][] Score(LinearModel model, IReadOnlyList<LabelledQuote> quotes, IReadOnlyList<string> labels) =>
        quotes.Select(q =>
        {
            var probabilities = new float[model.Labels.Count];
            using var hashed = _featurizer.Hasher.Hash(_featurizer.Text(q.Quote, q.Context));
            model.Score(hashed, StanceFeaturizer.Dense(q.Quote, IsSocial(q)), probabilities);
            return ScoreReader.Align(model.Labels, probabilities, labels);
        }).ToArray();

    public ClassificationMetrics CrossValidate(IReadOnlyList<LabelledQuote> quotes)
    {
        var labels = LabelsOf(quotes);
        var folds = GroupFolds.Assign(quotes.Select(q => q.Article), options.Folds, options.Seed);
        var truth = new List<string>();
        var predicted = new List<string>();
        for (var f = 0; f < options.Folds; f++)
        {
            var test = quotes.Where(q => folds[q.Article] == f).ToArray();
            if (test.Length == 0)
            {
                continue;
            }

            var scores = Score(Train(quotes.Where(q => folds[q.Article] != f).ToArray()), test, labels);
            truth.AddRange(test.Select(q => q.Stance));
            predicted.AddRange(scores.Select(s => ScoreReader.ArgMax(s, labels)));
        }

        return MetricsCalculator.Compute($"{options.Folds}-fold CV grouped by article", labels, truth, predicted);
    }

    private SchemaDefinition Schema => TrainingRows.ForHashed(_featurizer.Hasher.Dimension, StanceFeaturizer.DenseCount);

    private static bool IsSocial(LabelledQuote quote) => quote.Channel == "social";

    private HashedRow Row(LabelledQuote quote, float weight) => new()
    {
        Ngrams = _featurizer.Hasher.ToVector(_featurizer.Text(quote.Quote, quote.Context)),
        Dense = StanceFeaturizer.Dense(quote.Quote, IsSocial(quote)),
        Label = quote.Stance,
        Weight = weight,
    };
}
