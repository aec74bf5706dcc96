using Classifier.Runtime.Bundle;
using Classifier.Runtime.TextClassifiers;
using Classifier.Train.Evaluation;

namespace Classifier.Train.TextClassifiers;

/// <summary>Evaluates a custom bundle on a labelled CSV, through the same classifier that <c>classify predict</c> uses.</summary>
internal static class TextClassifierEvaluator
{
    public static ClassificationMetrics Evaluate(TextClassifier classifier, string dataFile, string? textColumn, string? labelColumn)
    {
        var settings = classifier.Settings;
        var columns = new TextClassifierColumns(textColumn ?? settings.TextColumn, labelColumn ?? settings.LabelColumn, settings.GroupColumn);
        var data = TextClassifierDataReader.Read(dataFile, columns);
        var truth = data.Examples.Select(e => e.Label).ToArray();
        var predicted = data.Examples.Select(e => classifier.Predict(e.Text, e.Group).Label).ToArray();
        return MetricsCalculator.Compute($"{Path.GetFileName(dataFile)}, {truth.Length} rows", TextClassifierBuilder.LabelsWith(classifier.Labels, truth), truth, predicted);
    }
}
