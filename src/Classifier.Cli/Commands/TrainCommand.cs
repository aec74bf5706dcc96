using System.CommandLine;
using Classifier.Train.Api;

namespace Classifier.Cli.Commands;

/// <summary><c>classify train</c>: train the article models (segment labels, context pass, stance) from a labels folder.</summary>
internal static class TrainCommand
{
    /// <summary>Said after a failed training: the bundle is written atomically, so the previous one (if any) is intact.</summary>
    public const string NoModelWritten = "no model was written";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var defaults = new ArticleTrainingOptions();
        var labels = new Option<string>("--labels") { Description = "Folder of label CSVs.", DefaultValueFactory = _ => defaults.Labels };
        var output = new Option<string>("--out") { Description = "Folder to write the model bundle to.", DefaultValueFactory = _ => defaults.Output };
        var folds = new Option<int>("--folds") { Description = "Folds of the cross-validation grouped by article (0 or 1 skips it).", DefaultValueFactory = _ => defaults.Folds };
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice.", DefaultValueFactory = _ => defaults.Seed };
        var noContext = new Option<bool>("--no-context-pass") { Description = "Train the first pass only (for comparison)." };
        var command = new Command("train", "Train the article models (segment labels, context pass, stance) from hand-labelled CSVs, cross-validate them, and write the bundle.")
        {
            labels, output, folds, seed, noContext,
        };
        command.SetAction(parse =>
        {
            var options = defaults with
            {
                Labels = parse.GetValue(labels)!,
                Output = parse.GetValue(output)!,
                Folds = parse.GetValue(folds),
                Seed = parse.GetValue(seed),
                ContextPass = !parse.GetValue(noContext),
            };
            return LibraryCall.Run(() => ArticleModelTraining.Train(options, stdout), stderr, NoModelWritten);
        });
        return command;
    }
}
