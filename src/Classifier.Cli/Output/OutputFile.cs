namespace Classifier.Cli.Output;

/// <summary>Checks an output file's path before any work is done, so that a typo costs nothing and never ends in a stack trace.</summary>
internal static class OutputFile
{
    /// <summary>Why a file cannot be written at <paramref name="path"/> (its folder is missing, say), or null when it can be tried.</summary>
    public static string? Problem(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "not a valid path";
        }

        if (Directory.Exists(full))
        {
            return "is a folder, not a file";
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is null || Directory.Exists(folder))
        {
            return null;
        }

        // The folder is not created: a mistyped path should not leave folders behind.
        return File.Exists(folder) ? $"'{folder}' is a file, not a folder" : $"the folder '{folder}' does not exist (create it first)";
    }
}
