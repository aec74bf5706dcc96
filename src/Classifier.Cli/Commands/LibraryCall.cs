using Classifier.Runtime.Bundle;
using Classifier.Train.Labels;

namespace Classifier.Cli.Commands;

/// <summary>
/// Runs a call into the Train library for a command. Its expected failures (a malformed labelled
/// file, an unusable bundle, a folder that cannot be written) become a <c>classify: file:line: problem</c>
/// line and exit code <see cref="ExitCodes.Failed"/>, never a stack trace.
/// </summary>
internal static class LibraryCall
{
    public static int Run(Action call, TextWriter stderr, string? onFailure = null)
    {
        try
        {
            call();
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is LabelFileException or ModelBundleException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"classify: {e.Message}");
            if (onFailure is not null)
            {
                stderr.WriteLine($"classify: {onFailure}");
            }

            return ExitCodes.Failed;
        }
    }
}
