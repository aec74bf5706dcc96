namespace Classifier.Bench;

/// <summary>Finds the repository root (the folder holding <c>Classifier.sln</c>) and paths relative to it.</summary>
internal static class RepoPaths
{
    public const string SolutionFileName = "Classifier.sln";

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds the solution file, or null.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The repository root seen from the working folder, else from the program's own folder, else the working folder.</summary>
    public static string Root =>
        FindRoot(Environment.CurrentDirectory) ?? FindRoot(AppContext.BaseDirectory) ?? Environment.CurrentDirectory;

    /// <summary>The development pages: <c>../shared/pages-dev</c> beside the repository root.</summary>
    public static string DefaultPagesDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "pages-dev"));

    /// <summary>The default model bundle: <c>models</c> under the repository root.</summary>
    public static string DefaultModelsDirectory => Path.Combine(Root, "models");
}
