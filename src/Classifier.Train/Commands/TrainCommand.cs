using System.CommandLine;
using Classifier.Runtime.Features;
using Classifier.Train.Labels;
using Classifier.Train.Training;

namespace Classifier.Train.Commands;

/// <summary>The default command: train the article models from a labels folder.</summary>
internal static class TrainCommand
{
    public static RootCommand Create()
    {
        var labels = new Option<string>("--labels") { Description = "Folder of label CSVs.", DefaultValueFactory = _ => "labels" };
        var output = new Option<string>("--out") { Description = "Folder to write the model bundle to.", DefaultValueFactory = _ => "models" };
        var folds = new Option<int>("--folds") { Description = "Folds of the grouped cross-validation (0 or 1 skips it).", DefaultValueFactory = _ => new TrainingOptions().Folds };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => new TrainingOptions().Seed };
        var noContext = new Option<bool>("--no-context-pass") { Description = "Train the first pass only (for comparison)." };
        var root = new RootCommand("Trains Classifier's article models (segment labels, context pass, stance) from hand-labelled CSVs.")
        {
            labels, output, folds, seed, noContext,
            CustomCommand.Create(Console.Out, Console.Error),
            EvaluateCommand.Create(Console.Out, Console.Error),
            ExportTasksCommand.Create(Console.Out, Console.Error),
        };
        root.SetAction(parse =>
        {
            var options = new TrainingOptions { Folds = parse.GetValue(folds), Seed = parse.GetValue(seed), ContextPass = !parse.GetValue(noContext) };
            return Run(parse.GetValue(labels)!, parse.GetValue(output)!, options, Console.Out, Console.Error);
        });
        return root;
    }

    public static int Run(string labels, string output, TrainingOptions options, TextWriter log, TextWriter errors)
    {
        try
        {
            new DefaultModelBuilder(options, new FeaturizerOptions(), log).Build(labels, output);
            return ExitCodes.Success;
        }
        catch (LabelFileException e)
        {
            errors.WriteLine($"error: {e.Message}");
            errors.WriteLine("No model was written.");
            return ExitCodes.DataError;
        }
    }
}
