using System.CommandLine;
using Classifier.Bench.Baselines;
using Classifier.Train.Labels;

namespace Classifier.Bench.Commands;

/// <summary><c>export-tasks</c>: writes the benchmark tasks that <c>scripts/compare-baselines.sh</c> compares models on.</summary>
internal static class ExportTasksCommand
{
    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Folder of label CSVs.", DefaultValueFactory = _ => Path.Combine(RepoPaths.Root, "labels") };
        var output = new Option<string>("--out") { Description = "Folder to write the task CSVs to.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the article split.", DefaultValueFactory = _ => TaskExporter.DefaultSeed };
        var command = new Command("export-tasks", "Write train/test CSVs of the segment and stance tasks, split by article (for baseline comparisons).")
        {
            labels, output, seed,
        };
        command.SetAction(parse =>
        {
            try
            {
                TaskExporter.Export(parse.GetValue(labels)!, parse.GetValue(output)!, parse.GetValue(seed), Console.Out);
                return ExitCodes.Success;
            }
            catch (LabelFileException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
