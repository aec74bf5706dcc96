using Classifier.Runtime.Tagging;
using Classifier.Train.Training;

namespace Classifier.Cli;

/// <summary>
/// Finds the models to use: an explicit <c>--models DIR</c> must exist; otherwise <c>models/</c> in
/// the current folder, trained first from <c>labels/</c> when it is missing and labels are there.
/// </summary>
internal static class ModelLocator
{
    public const string DefaultModels = "models";
    public const string DefaultLabels = "labels";

    /// <summary>The model folder to load, or null after writing why to <paramref name="errors"/>.</summary>
    public static string? Resolve(string? explicitModels, TextWriter errors)
    {
        if (explicitModels is not null)
        {
            if (Directory.Exists(explicitModels))
            {
                return explicitModels;
            }

            errors.WriteLine($"classify: {explicitModels}: model folder not found");
            return null;
        }

        if (Directory.Exists(DefaultModels))
        {
            return DefaultModels;
        }

        if (!Directory.Exists(DefaultLabels))
        {
            errors.WriteLine($"classify: no '{DefaultModels}/' folder here and no '{DefaultLabels}/' to train one from; pass --models DIR");
            return null;
        }

        errors.WriteLine($"classify: no '{DefaultModels}/' folder; training the default models from '{DefaultLabels}/' first (once)…");
        var options = new TrainingOptions { Folds = 0 };
        return Train.Commands.TrainCommand.Run(DefaultLabels, DefaultModels, options, log: errors, errors: errors) == 0 ? DefaultModels : null;
    }

    public static ArticleTagger? Load(string? explicitModels, TaggerOptions options, TextWriter errors)
    {
        var folder = Resolve(explicitModels, errors);
        if (folder is null)
        {
            return null;
        }

        try
        {
            return ArticleTagger.Load(folder, options);
        }
        catch (Runtime.Bundle.ModelBundleException e)
        {
            errors.WriteLine($"classify: {e.Message}");
            return null;
        }
    }
}
