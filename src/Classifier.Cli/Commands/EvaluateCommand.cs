using System.CommandLine;
using Classifier.Train.Api;

namespace Classifier.Cli.Commands;

/// <summary><c>classify evaluate</c>: per-label precision, recall, F1, macro-F1 and confusion of a custom bundle on a labelled CSV.</summary>
internal static class EvaluateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var model = new Option<string>("--model") { Description = "Custom model bundle folder (classify custom --out).", Required = true };
        var data = new Option<string>("--data") { Description = "Labelled CSV to evaluate on.", Required = true };
        var text = new Option<string?>("--text-column") { Description = "Column holding the text (default: the one the model was trained with)." };
        var label = new Option<string?>("--label-column") { Description = "Column holding the true label (default: the one the model was trained with)." };
        var command = new Command("evaluate", "Evaluate a custom model on a labelled CSV: per-label precision, recall, F1, macro-F1 and the confusion matrix.")
        {
            model, data, text, label,
        };
        command.SetAction(parse =>
        {
            var options = new TextClassifierEvaluationOptions(parse.GetValue(model)!, parse.GetValue(data)!)
            {
                TextColumn = parse.GetValue(text),
                LabelColumn = parse.GetValue(label),
            };
            return LibraryCall.Run(() => TextClassifierTraining.Evaluate(options, stdout), stderr);
        });
        return command;
    }
}
