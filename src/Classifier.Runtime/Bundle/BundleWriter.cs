using System.Text.Json;
using Classifier.Runtime.Models;

namespace Classifier.Runtime.Bundle;

/// <summary>
/// Writes a bundle atomically: everything goes to a temporary sibling folder, which then replaces
/// the target by rename. A crash mid-way leaves the previous bundle as it was. Two writers of the
/// same bundle at once each use their own temporary folder (named by process id), take turns for
/// the swap (a lock file beside the bundle), and the last one wins; neither removes the other's work.
/// </summary>
public static class BundleWriter
{
    private const string TempMarker = ".tmp-";
    private const string OldMarker = ".old-";
    private const string LockSuffix = ".lock";
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Fails fast, before any training, when a bundle cannot be written to <paramref name="directory"/>:
    /// a path component is a regular file, or the nearest existing folder is not writable.
    /// </summary>
    /// <exception cref="IOException">The message names the path and why.</exception>
    public static void CheckWritable(string directory)
    {
        var target = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(target))
        {
            throw new IOException($"{directory}: is a file, not a folder; cannot write a model bundle there");
        }

        var existing = Path.GetDirectoryName(target);
        while (existing is not null && !System.IO.Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                throw new IOException($"{directory}: '{existing}' is a file, not a folder; cannot write a model bundle there");
            }

            existing = Path.GetDirectoryName(existing);
        }

        var probe = Path.Combine(existing ?? ".", $".classifier-write-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            System.IO.Directory.CreateDirectory(probe);
            System.IO.Directory.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{directory}: cannot write there ({e.Message})", e);
        }
    }

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
            using (TakeLock(target + LockSuffix))
            {
                Swap(temp, target, target + OldMarker + suffix);
            }
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

    /// <summary>The swap lock: an exclusively opened file, deleted when released; waits while another writer holds it.</summary>
    private static FileStream TakeLock(string path)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (clock.Elapsed < LockWait)
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>
    /// Removes temporary and old folders that an interrupted earlier write left behind: only those
    /// whose writer process is gone, so a training running at the same time keeps its own.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var marker in new[] { TempMarker, OldMarker })
        {
            foreach (var dir in System.IO.Directory.EnumerateDirectories(parent, name + marker + "*"))
            {
                if (!WriterAlive(Path.GetFileName(dir)[(name.Length + marker.Length)..]))
                {
                    TryDelete(dir);
                }
            }
        }
    }

    /// <summary>Whether the process named by a leftover's suffix (<c>PID-GUID</c>) still runs.</summary>
    private static bool WriterAlive(string suffix)
    {
        var dash = suffix.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(suffix.AsSpan(0, dash), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        if (pid == Environment.ProcessId)
        {
            return true; // another write of this process (a parallel test, say) may be under way
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
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
