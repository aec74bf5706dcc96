using System.CommandLine;
using Classifier.Train.Custom;
using Classifier.Train.Labels;

namespace Classifier.Train.Commands;

/// <summary>Hidden <c>Classifier.Train export-tasks</c>: writes the benchmark tasks that <c>scripts/compare-baselines.sh</c> uses.</summary>
internal static class ExportTasksCommand
{
    public static Command Create(TextWriter log, TextWriter errors)
    {
        var labels = new Option<string>("--labels") { Description = "Folder of label CSVs.", DefaultValueFactory = _ => "labels" };
        var output = new Option<string>("--out") { Description = "Folder to write the task CSVs to.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the article split.", DefaultValueFactory = _ => 1 };
        var command = new Command("export-tasks", "Write train/test CSVs of the segment and stance tasks, split by article (for baseline comparisons).")
        {
            labels, output, seed,
        };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            try
            {
                TaskExporter.Export(parse.GetValue(labels)!, parse.GetValue(output)!, parse.GetValue(seed), log);
                return ExitCodes.Success;
            }
            catch (LabelFileException e)
            {
                errors.WriteLine($"error: {e.Message}");
                return ExitCodes.DataError;
            }
        });
        return command;
    }
}
