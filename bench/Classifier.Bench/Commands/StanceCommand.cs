using System.CommandLine;
using System.Globalization;
using Classifier.Runtime.Features;
using Classifier.Train.Labels;
using Classifier.Train.Training;
using Microsoft.ML;

namespace Classifier.Bench.Commands;

/// <summary><c>stance</c>: grouped cross-validation of the stance model over a grid of L2 values, to settle its regularisation.</summary>
internal static class StanceCommand
{
    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Labels folder.", DefaultValueFactory = _ => Path.Combine(RepoPaths.Root, "labels") };
        var grid = new Option<float[]>("--l2") { Description = "L2 values to try.", DefaultValueFactory = _ => [1e-4f, 1e-3f, 1e-2f, 1e-1f], AllowMultipleArgumentsPerToken = true };
        var command = new Command("stance", "Cross-validate the stance model (grouped by article) for several L2 values.") { labels, grid };
        command.SetAction(parse =>
        {
            var corpus = LabelReader.ReadFolder(parse.GetValue(labels)!);
            foreach (var l2 in parse.GetValue(grid)!)
            {
                var options = new TrainingOptions { StanceL2 = l2 };
                var metrics = new StanceTrainer(new MLContext(options.Seed), new FeaturizerOptions(), options).CrossValidate(corpus.Quotes);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stance L2 {l2,-8} macro-F1 {metrics.MacroF1:F3} accuracy {metrics.Accuracy:F3}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
