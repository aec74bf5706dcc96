namespace Classifier.Bench;

/// <summary>Process exit codes of Classifier.Bench.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int DataError = 1;
    public const int UsageError = 2;
}
