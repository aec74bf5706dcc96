using Classifier.Runtime.Bundle;

namespace Classifier.Train.Evaluation;

/// <summary>Per-label precision, recall and F1, macro-F1 and the confusion matrix from true and predicted labels.</summary>
internal static class MetricsCalculator
{
    public static ClassificationMetrics Compute(string method, IReadOnlyList<string> labels, IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var k = labels.Count;
        var confusion = new int[k][];
        for (var i = 0; i < k; i++)
        {
            confusion[i] = new int[k];
        }

        var correct = 0;
        for (var r = 0; r < truth.Count; r++)
        {
            confusion[index[truth[r]]][index[predicted[r]]]++;
            correct += truth[r] == predicted[r] ? 1 : 0;
        }

        var perLabel = new List<LabelMetrics>(k);
        for (var l = 0; l < k; l++)
        {
            var tp = confusion[l][l];
            var support = confusion[l].Sum();
            var predictedCount = confusion.Sum(row => row[l]);
            var precision = predictedCount == 0 ? 0 : (double)tp / predictedCount;
            var recall = support == 0 ? 0 : (double)tp / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel.Add(new LabelMetrics(labels[l], Math.Round(precision, 4), Math.Round(recall, 4), Math.Round(f1, 4), support));
        }

        var present = perLabel.Where(m => m.Support > 0).ToArray();
        return new ClassificationMetrics
        {
            Method = method,
            Labels = labels,
            PerLabel = perLabel,
            MacroF1 = present.Length == 0 ? 0 : Math.Round(present.Average(m => m.F1), 4),
            Accuracy = truth.Count == 0 ? 0 : Math.Round((double)correct / truth.Count, 4),
            Confusion = confusion,
        };
    }
}
