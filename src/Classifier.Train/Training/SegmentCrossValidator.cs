using Classifier.Runtime.Bundle;
using Classifier.Train.Evaluation;

namespace Classifier.Train.Training;

/// <summary>K-fold cross-validation of the segment model, grouped by article: no article is split across folds.</summary>
internal static class SegmentCrossValidator
{
    public static CrossValidationResult Run(SegmentModelTrainer trainer, IReadOnlyList<FeaturizedArticle> articles, IReadOnlyList<string> labels, TrainingOptions options, Action<string>? progress = null)
    {
        var folds = GroupFolds.Assign(articles.Select(a => a.Id), options.Folds, options.Seed);
        var truth = new List<string>();
        var firstPass = new List<string>();
        var predictions = new List<SegmentPrediction>();
        for (var f = 0; f < options.Folds; f++)
        {
            progress?.Invoke($"cross-validation fold {f + 1}/{options.Folds}");
            var test = articles.Where(a => folds[a.Id] == f).ToArray();
            var model = trainer.Train(articles.Where(a => folds[a.Id] != f).ToArray());
            var (first, final) = trainer.PredictBothPasses(model, test);
            for (var a = 0; a < test.Length; a++)
            {
                for (var i = 0; i < test[a].Labels.Length; i++)
                {
                    var predicted = ScoreReader.ArgMax(final[a][i], labels);
                    truth.Add(test[a].Labels[i]);
                    firstPass.Add(ScoreReader.ArgMax(first[a][i], labels));
                    predictions.Add(new SegmentPrediction(test[a].Id, i, test[a].Features[i].Text, test[a].Labels[i], predicted, final[a][i].Max(), final[a][i]));
                }
            }
        }

        var method = $"{options.Folds}-fold CV grouped by article";
        return new CrossValidationResult(
            MetricsCalculator.Compute(method + ", first pass only", labels, truth, firstPass),
            MetricsCalculator.Compute(method, labels, truth, predictions.Select(p => p.Predicted).ToArray()),
            predictions);
    }
}

/// <summary>Grouped cross-validation of the segment model: metrics of the first pass alone and of both passes, and every out-of-fold prediction.</summary>
internal sealed record CrossValidationResult(ClassificationMetrics FirstPass, ClassificationMetrics Final, IReadOnlyList<SegmentPrediction> Predictions);

/// <summary>One out-of-fold prediction of a segment, with the probability of every label (in the label order the validator was given).</summary>
internal sealed record SegmentPrediction(string Article, int Index, string Text, string Truth, string Predicted, float Confidence, float[] Probabilities);
