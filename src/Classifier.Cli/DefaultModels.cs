using System.Security.Cryptography;
using System.Text.Json;
using Classifier.Cli.Commands;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Tagging;
using Classifier.Train.Api;

namespace Classifier.Cli;

/// <summary>
/// The article models the commands load: an explicit <c>--models DIR</c> must exist; otherwise the
/// default bundle in the per-user folder (<see cref="ModelHome"/>), trained first (without
/// cross-validation) from the labels shipped beside <c>classify</c> when it is missing, unreadable by
/// this version, or trained from other labels than the shipped ones. The folder resolution lives here alone.
/// </summary>
internal static class DefaultModels
{
    /// <summary>A first run should be quick: no cross-validation.</summary>
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

        var home = ModelHome.ForCurrentUser();
        var why = WhyRetrain(home);
        if (why is null)
        {
            return home.Models;
        }

        if (!Directory.Exists(home.ShippedLabels))
        {
            errors.WriteLine($"classify: {why} and no labels at '{home.ShippedLabels}' to train them from; pass --models DIR");
            return null;
        }

        errors.WriteLine($"classify: {why}; training the default models into '{home.Models}' from '{home.ShippedLabels}' (once)…");
        var training = FirstRunTraining with { Labels = home.ShippedLabels, Output = home.Models };
        var exit = LibraryCall.Run(() => ArticleModelTraining.Train(training, log: errors), errors, TrainCommand.NoModelWritten);
        return exit == ExitCodes.Success ? home.Models : null;
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

    /// <summary>
    /// Why the default bundle must be (re)trained, or null when it can be used: missing, a manifest this
    /// version does not read, or label files that differ from the shipped ones (compared by the SHA-256
    /// per file that every manifest records, so an edited labels/ retrains without a stale model).
    /// </summary>
    private static string? WhyRetrain(ModelHome home)
    {
        var manifestPath = Path.Combine(home.Models, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            return $"no default models in '{home.Models}'";
        }

        Dictionary<string, string>? trained;
        try
        {
            using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
            var root = manifest.RootElement;
            if (!root.TryGetProperty("schemaVersion", out var version) || version.GetInt32() != ModelManifest.CurrentSchemaVersion)
            {
                return $"the default models in '{home.Models}' were written by another version of classify";
            }

            trained = root.GetProperty("trainingData").GetProperty("files").Deserialize<Dictionary<string, string>>();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException)
        {
            return $"the default models in '{home.Models}' are unreadable ({e.Message})";
        }

        if (!Directory.Exists(home.ShippedLabels))
        {
            return null; // nothing to compare with: use what is there
        }

        var shipped = Directory.EnumerateFiles(home.ShippedLabels, "*.csv", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(home.ShippedLabels, f).Replace('\\', '/'), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
        var same = trained is not null && trained.Count == shipped.Count && shipped.All(p => trained.TryGetValue(p.Key, out var h) && h == p.Value);
        return same ? null : $"the default models in '{home.Models}' were trained from other labels than the shipped ones";
    }
}
