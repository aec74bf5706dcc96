namespace Classifier.Cli.Workbench;

/// <summary>
/// The only files the workbench opens: the article files given on the command line and <c>*.txt</c>
/// files inside the folders given. A path is resolved (<c>..</c>, symbolic links) before it is compared,
/// so no spelling of a path reaches outside them.
/// </summary>
internal sealed class FolderGuard
{
    private readonly string[] _folders;
    private readonly HashSet<string> _files;

    public FolderGuard(IEnumerable<string> paths)
    {
        var resolved = paths.Select(Resolve).ToArray();
        _folders = [.. resolved.Where(Directory.Exists).Select(f => f.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar)];
        _files = new HashSet<string>(resolved.Where(File.Exists), StringComparer.Ordinal);
    }

    /// <summary>The resolved path when <paramref name="path"/> may be opened; null otherwise.</summary>
    public string? Allow(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var full = Resolve(path);
        if (_files.Contains(full))
        {
            return full;
        }

        var inFolder = full.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && _folders.Any(f => full.StartsWith(f, StringComparison.Ordinal));
        return inFolder && File.Exists(full) ? full : null;
    }

    /// <summary>The absolute path with every symbolic link on the way followed.</summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                current = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? current;
            }
        }

        return current;
    }
}
