using System.CommandLine;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Custom;
using Classifier.Train.Custom;
using Classifier.Train.Labels;
using Classifier.Train.Reports;

namespace Classifier.Train.Commands;

/// <summary><c>Classifier.Train evaluate</c>: per-label precision, recall, F1, macro-F1 and confusion of a custom bundle on a labelled CSV.</summary>
internal static class EvaluateCommand
{
    public static Command Create(TextWriter log, TextWriter errors)
    {
        var model = new Option<string>("--model") { Description = "Custom model bundle folder.", Required = true };
        var data = new Option<string>("--data") { Description = "Labelled CSV to evaluate on.", Required = true };
        var text = new Option<string?>("--text-column") { Description = "Column holding the text (default: the one the model was trained with)." };
        var label = new Option<string?>("--label-column") { Description = "Column holding the true label (default: the one the model was trained with)." };
        var command = new Command("evaluate", "Evaluate a custom model on a labelled CSV: per-label precision, recall, F1, macro-F1 and the confusion matrix.")
        {
            model, data, text, label,
        };
        command.SetAction(parse => Run(parse.GetValue(model)!, parse.GetValue(data)!, parse.GetValue(text), parse.GetValue(label), log, errors));
        return command;
    }

    public static int Run(string modelFolder, string data, string? textColumn, string? labelColumn, TextWriter log, TextWriter errors)
    {
        try
        {
            var classifier = CustomClassifier.Load(modelFolder);
            var metrics = CustomEvaluator.Evaluate(classifier, data, textColumn, labelColumn);
            MetricsPrinter.Print($"Evaluation of {modelFolder}", metrics, log);
            return ExitCodes.Success;
        }
        catch (ModelBundleException e)
        {
            errors.WriteLine($"error: {e.Message}");
            return ExitCodes.DataError;
        }
        catch (LabelFileException e)
        {
            errors.WriteLine($"error: {e.Message}");
            return ExitCodes.DataError;
        }
    }
}
