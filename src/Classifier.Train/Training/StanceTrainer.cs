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

    public LoadedModel Train(IReadOnlyList<LabelledQuote> quotes)
    {
        var weights = ClassWeights.For(quotes.Select(q => q.Stance), options.ClassWeightPower);
        var rows = quotes.Select(q => Row(q, weights[q.Stance])).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, Schema);
        return new LoadedModel(PipelineFactory.TextClassifier(ml, options with { L2 = options.StanceL2 }).Fit(data), data.Schema);
    }

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

            var model = Train(quotes.Where(q => folds[q.Article] != f).ToArray());
            var data = ml.Data.LoadFromEnumerable(test.Select(q => Row(q, 1f)), Schema);
            var scores = ScoreReader.Read(model.Transformer, data, labels);
            truth.AddRange(test.Select(q => q.Stance));
            predicted.AddRange(scores.Select(s => ScoreReader.ArgMax(s, labels)));
        }

        return MetricsCalculator.Compute($"{options.Folds}-fold CV grouped by article", labels, truth, predicted);
    }

    private SchemaDefinition Schema => RowSchemas.ForHashed(_featurizer.Hasher.Dimension, StanceFeaturizer.DenseCount);

    private HashedRow Row(LabelledQuote quote, float weight)
    {
        var row = _featurizer.ToRow(quote.Quote, quote.Context, quote.Channel == "social", quote.Stance);
        row.Weight = weight;
        return row;
    }
}
