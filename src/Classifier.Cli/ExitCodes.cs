namespace Classifier.Cli;

/// <summary>Exit codes of <c>classify</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every record was processed.</summary>
    public const int Success = 0;

    /// <summary>At least one record failed (the others were still processed), or the models could not be loaded.</summary>
    public const int Failed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
