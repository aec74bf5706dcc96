using Classifier.Cli.Commands;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Tagging;
using Classifier.Train.Api;

namespace Classifier.Cli;

/// <summary>
/// The article models the commands load: an explicit <c>--models DIR</c> must exist; otherwise the
/// default bundle folder in the current folder, trained first (without cross-validation) from the
/// default labels folder when it is missing and labels are there. The folder resolution lives here alone.
/// </summary>
internal static class DefaultModels
{
    /// <summary>The library's default folders (<c>labels/</c> in, <c>models/</c> out), trained without cross-validation: a first run should be quick.</summary>
    private static readonly ArticleTrainingOptions FirstRunTraining = new() { Folds = 0 };

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

        var models = FirstRunTraining.Output;
        var labels = FirstRunTraining.Labels;
        if (Directory.Exists(models))
        {
            return models;
        }

        if (!Directory.Exists(labels))
        {
            errors.WriteLine($"classify: no '{models}/' folder here and no '{labels}/' to train one from; pass --models DIR");
            return null;
        }

        errors.WriteLine($"classify: no '{models}/' folder; training the default models from '{labels}/' first (once)…");
        var exit = LibraryCall.Run(() => ArticleModelTraining.Train(FirstRunTraining, log: errors), errors, TrainCommand.NoModelWritten);
        return exit == ExitCodes.Success ? models : null;
    }

    /// <summary>The tagger over the resolved models, or null after writing why to <paramref name="errors"/>.</summary>
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
        catch (ModelBundleException e)
        {
            errors.WriteLine($"classify: {e.Message}");
            return null;
        }
    }
}
