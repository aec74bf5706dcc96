namespace Classifier.Cli;

/// <summary>
/// Exit codes of <c>classify</c>, and of <c>Classifier.Bench</c>, which uses this definition (it
/// references the Cli already) so that both programs give the same code the same meaning.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Every record was processed; the training or benchmark ran to the end.</summary>
    public const int Success = 0;

    /// <summary>
    /// At least one record failed (the others were still processed), the models could not be loaded,
    /// training stopped on a malformed labelled file (no model written), or a benchmark's check failed.
    /// </summary>
    public const int Failed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
