using Classifier.Runtime.Bundle;
using Classifier.Runtime.Custom;
using Classifier.Train.Evaluation;

namespace Classifier.Train.Custom;

/// <summary>Evaluates a custom bundle on a labelled CSV, through the same classifier that <c>classify predict</c> uses.</summary>
internal static class CustomEvaluator
{
    public static ClassificationMetrics Evaluate(CustomClassifier classifier, string dataFile, string? textColumn, string? labelColumn)
    {
        var settings = classifier.Settings;
        var columns = new CustomColumns(textColumn ?? settings.TextColumn, labelColumn ?? settings.LabelColumn, settings.GroupColumn);
        var data = CustomDataReader.Read(dataFile, columns);
        var truth = data.Examples.Select(e => e.Label).ToArray();
        var predicted = data.Examples.Select(e => classifier.Predict(e.Text, e.Group).Label).ToArray();
        return MetricsCalculator.Compute($"{Path.GetFileName(dataFile)}, {truth.Length} rows", CustomModelBuilder.LabelsWith(classifier.Labels, truth), truth, predicted);
    }
}
