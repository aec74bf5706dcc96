namespace Classifier.Tests.Shared;

/// <summary>Folders of the repository, found by walking up from the test binaries to Classifier.sln.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Classifier.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Classifier.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Labels => Path.Combine(Root, "labels");

    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
}
