namespace Classifier.Cli;

/// <summary>
/// Where an installed <c>classify</c> keeps its default models, whatever folder it runs from: the
/// per-user folder (<c>$CLASSIFIER_HOME</c>; else <c>%LOCALAPPDATA%\Classifier</c> on Windows; else
/// <c>$XDG_DATA_HOME/classifier</c>, or <c>~/.local/share/classifier</c> when that is unset), with
/// <c>models/</c> inside it; and the labels the tool ships next to its own dll to train them from.
/// </summary>
internal sealed record ModelHome(string Folder, string ShippedLabels)
{
    /// <summary>Overrides the per-user folder (CI, shared machines, several installs side by side).</summary>
    public const string HomeVariable = "CLASSIFIER_HOME";

    /// <summary>The model bundle's folder inside <see cref="Folder"/>.</summary>
    public string Models => Path.Combine(Folder, "models");

    /// <summary>The folder of this process's user, with the labels shipped beside the running <c>classify</c>.</summary>
    public static ModelHome ForCurrentUser() => new(
        UserFolder(Environment.GetEnvironmentVariable, OperatingSystem.IsWindows(), Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)),
        Path.Combine(AppContext.BaseDirectory, "labels"));

    /// <summary>
    /// The per-user folder from the environment (<paramref name="environment"/> returns null for an
    /// unset variable). XDG_DATA_HOME counts only when absolute, as the XDG base-directory
    /// specification says; a relative one would make the folder depend on the working directory again.
    /// </summary>
    public static string UserFolder(Func<string, string?> environment, bool isWindows, string userProfile)
    {
        var home = environment(HomeVariable);
        if (!string.IsNullOrEmpty(home))
        {
            return Path.GetFullPath(home);
        }

        if (isWindows)
        {
            var local = environment("LOCALAPPDATA");
            return Path.Combine(string.IsNullOrEmpty(local) ? Path.Combine(userProfile, "AppData", "Local") : local, "Classifier");
        }

        var data = environment("XDG_DATA_HOME");
        return Path.Combine(!string.IsNullOrEmpty(data) && Path.IsPathRooted(data) ? data : Path.Combine(userProfile, ".local", "share"), "classifier");
    }
}
