using System.CommandLine;
using Classifier.Cli.Input;
using Classifier.Cli.Output;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.TextClassifiers;

namespace Classifier.Cli.Commands;

/// <summary><c>classify predict</c>: label every row of CSV or JSON Lines inputs with a custom model, keeping the rows' columns.</summary>
internal static class PredictCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "CSV (.csv) or JSON Lines (.jsonl) files, or - for standard input (the default; needs --input).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var model = new Option<string>("--model") { Description = "Custom model bundle folder (classify custom --out).", Required = true };
        var input = new Option<TableFormat?>("--input") { Description = "Input format: csv or jsonl (default: from each file's extension)." };
        var format = new Option<TableFormat?>("--format") { Description = "Output format: csv or jsonl (default: the input's)." };
        var text = new Option<string?>("--text-column") { Description = "Column holding the text (default: the one the model was trained with)." };
        var scores = new Option<bool>("--scores") { Description = "Add a score_LABEL column per label." };
        var threshold = new Option<float>("--threshold") { Description = "Write 'uncertain' as the label when the confidence is below this (0-1).", DefaultValueFactory = _ => 0f };
        threshold.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<float>();
            if (value is < 0f or > 1f || float.IsNaN(value))
            {
                result.AddError($"--threshold {value} is not between 0 and 1.");
            }
        });
        var command = new Command("predict", "Predict a label for every row of CSV or JSON Lines inputs with a custom model (classify custom); each row is written back with predicted_label and confidence.")
        {
            paths, model, input, format, text, scores, threshold,
        };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } p ? p : ["-"];
            var inputFormat = parse.GetValue(input);
            if (inputFormat is null && inputs.Contains("-"))
            {
                stderr.WriteLine("classify: reading standard input needs --input csv|jsonl");
                return ExitCodes.Usage;
            }

            TextClassifier classifier;
            try
            {
                classifier = TextClassifier.Load(parse.GetValue(model)!);
            }
            catch (ModelBundleException e)
            {
                stderr.WriteLine($"classify: {e.Message}");
                return ExitCodes.Failed;
            }

            var textColumn = parse.GetValue(text) ?? classifier.Settings.TextColumn;
            var groupColumn = classifier.Settings.GroupColumn;
            PredictionRunner? runner = null;
            IPredictionWriter? writer = null;
            var source = new TableSource(inputFormat, groupColumn is null ? [textColumn] : [textColumn, groupColumn], stdin, m => runner!.FileFailed(m), c => writer!.Begin(c));
            var outputFormat = parse.GetValue(format) ?? inputs.Select(source.FormatOf).FirstOrDefault(f => f is not null) ?? TableFormat.Csv;
            var scoreLabels = parse.GetValue(scores) ? classifier.Labels : null;
            writer = outputFormat == TableFormat.Jsonl ? new PredictionJsonlWriter(stdout, scoreLabels) : new PredictionCsvWriter(stdout, scoreLabels);
            runner = new PredictionRunner(classifier, textColumn, groupColumn, parse.GetValue(threshold), writer, stderr);
            foreach (var path in inputs)
            {
                runner.Run(source.Read(path));
            }

            return runner.Complete();
        });
        return command;
    }
}
