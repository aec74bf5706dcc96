using System.Text.Json;
using Classifier.Runtime.Models;

namespace Classifier.Runtime.Bundle;

/// <summary>
/// Writes a bundle atomically: everything goes to a temporary sibling folder, which then replaces
/// the target by rename. A crash mid-way leaves the previous bundle as it was.
/// </summary>
internal static class BundleWriter
{
    private const string TempMarker = ".tmp-";
    private const string OldMarker = ".old-";

    /// <param name="directory">The bundle folder to write or replace.</param>
    /// <param name="manifest">The manifest, saved as <c>manifest.json</c>.</param>
    /// <param name="models">The models by role; each is saved (<see cref="ModelFile"/>) under its file name in the manifest.</param>
    /// <param name="writeExtras">Writes further files (a report, charts) into the temporary folder it is given, so they are swapped in with the models.</param>
    public static void Write(string directory, ModelManifest manifest, IReadOnlyDictionary<string, ClassModel> models, Action<string>? writeExtras = null) =>
        Write(directory, manifest, temp =>
        {
            foreach (var (role, model) in models)
            {
                ModelFile.Write(model, Path.Combine(temp, manifest.Files[role]));
            }
        }, writeExtras);

    private static void Write(string directory, ModelManifest manifest, Action<string> writeModels, Action<string>? writeExtras)
    {
        var target = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? ".";
        System.IO.Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(target));
        var suffix = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        var temp = target + TempMarker + suffix;
        System.IO.Directory.CreateDirectory(temp);
        try
        {
            writeModels(temp);
            writeExtras?.Invoke(temp);
            File.WriteAllText(Path.Combine(temp, BundleJson.ManifestFile), JsonSerializer.Serialize(manifest, BundleJson.Options));
            Swap(temp, target, target + OldMarker + suffix);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void Swap(string temp, string target, string old)
    {
        var hadPrevious = System.IO.Directory.Exists(target);
        if (hadPrevious)
        {
            System.IO.Directory.Move(target, old);
        }

        System.IO.Directory.Move(temp, target);
        if (hadPrevious)
        {
            TryDelete(old);
        }
    }

    /// <summary>Removes temporary folders that an interrupted earlier write left behind.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var dir in System.IO.Directory.EnumerateDirectories(parent, name + TempMarker + "*"))
        {
            TryDelete(dir);
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            System.IO.Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder is harmless; the next write removes it.
        }
    }
}
