using Classifier.Runtime.Bundle;
using Classifier.Train.Evaluation;
using Classifier.Train.Training;

namespace Classifier.Train.TextClassifiers;

/// <summary>K-fold cross-validation of a custom model: grouped by the CV group column when given, else stratified by label.</summary>
internal static class TextClassifierCrossValidator
{
    public static ClassificationMetrics Run(TextClassifierTrainer trainer, IReadOnlyList<TextExample> examples, IReadOnlyList<string> labels, int folds, int seed, string method)
    {
        var assigned = TextClassifierFolds.Assign(examples, folds, seed);
        var truth = new List<string>();
        var predicted = new List<string>();
        for (var f = 0; f < folds; f++)
        {
            var test = examples.Where((_, i) => assigned[i] == f).ToArray();
            if (test.Length == 0)
            {
                continue;
            }

            var model = trainer.Train(examples.Where((_, i) => assigned[i] != f).ToArray());
            truth.AddRange(test.Select(e => e.Label));
            predicted.AddRange(trainer.Score(model, test).Select(s => ScoreReader.ArgMax(s, labels)));
        }

        return MetricsCalculator.Compute(method, labels, truth, predicted);
    }
}
