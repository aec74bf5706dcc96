using System.CommandLine;
using System.Globalization;
using Classifier.Runtime.Features;
using Classifier.Train.Labels;
using Classifier.Train.Training;
using Microsoft.ML;

namespace Classifier.Bench.Commands;

/// <summary><c>stance</c>: grouped cross-validation of the stance model over a grid of L2 and L1 values, to settle its regularisation.</summary>
internal static class StanceCommand
{
    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Labels folder.", DefaultValueFactory = _ => Path.Combine(RepoPaths.Root, "labels") };
        var grid = new Option<float[]>("--l2") { Description = "L2 values to try.", DefaultValueFactory = _ => [1e-4f, 1e-3f, 1e-2f, 1e-1f], AllowMultipleArgumentsPerToken = true };
        var l1Grid = new Option<string[]>("--l1") { Description = "L1 values to try ('auto': the SDCA solver's own).", DefaultValueFactory = _ => ["auto", "0", "0.1"], AllowMultipleArgumentsPerToken = true };
        var command = new Command("stance", "Cross-validate the stance model (grouped by article) for several L2 and L1 values.") { labels, grid, l1Grid };
        command.SetAction(parse =>
        {
            var corpus = LabelReader.ReadFolder(parse.GetValue(labels)!);
            var l1s = parse.GetValue(l1Grid)!.Select(l1 => (Name: l1, Value: l1 == "auto" ? (float?)null : float.Parse(l1, CultureInfo.InvariantCulture))).ToArray();
            foreach (var l2 in parse.GetValue(grid)!)
            {
                foreach (var l1 in l1s)
                {
                    var options = new TrainingOptions { StanceL2 = l2, StanceL1 = l1.Value };
                    var metrics = new StanceTrainer(new MLContext(options.Seed), new FeaturizerOptions(), options).CrossValidate(corpus.Quotes);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stance L2 {l2,-8} L1 {l1.Name,-5} macro-F1 {metrics.MacroF1:F3} accuracy {metrics.Accuracy:F3}"));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
