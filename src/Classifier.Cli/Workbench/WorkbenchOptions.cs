namespace Classifier.Cli.Workbench;

/// <summary>What <c>classify label</c> serves: the articles, the labels folder it writes to, the models it starts from, where it listens.</summary>
internal sealed record WorkbenchOptions
{
    /// <summary>The largest request body accepted; a save is a few hundred bytes.</summary>
    public const long DefaultMaxRequestBytes = 64 * 1024;

    /// <summary>Article files and folders (each <c>*.txt</c>) given on the command line; the only places articles are opened from.</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>The corpus folder rows are written to (<c>segments/</c>, <c>quotes/</c>) and retraining reads.</summary>
    public required string Labels { get; init; }

    /// <summary>The bundle to start from (and that retraining replaces); null: the default models, retraining into <see cref="RetrainOutput"/>.</summary>
    public string? Models { get; init; }

    public string Host { get; init; } = "127.0.0.1";

    public const int DefaultPort = 5117;

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; } = DefaultPort;

    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>Folds of the grouped cross-validation a retraining reports.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>The largest article file opened, in bytes.</summary>
    public long MaxArticleBytes { get; init; } = Runtime.Tagging.TaggerOptions.DefaultMaxArticleChars;

    /// <summary>
    /// Where a retraining writes its bundle: <see cref="Models"/> when given; otherwise a folder beside
    /// the labels (<c>DIR-models</c>), never the shared default bundle, which tracks the shipped labels.
    /// </summary>
    public string RetrainOutput => Models ?? Path.GetFullPath(Labels).TrimEnd(Path.DirectorySeparatorChar) + "-models";
}
