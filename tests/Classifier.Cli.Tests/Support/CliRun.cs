using System.Text.Json;

namespace Classifier.Cli.Tests.Support;

/// <summary>The result of one in-process run of <c>classify</c>.</summary>
internal sealed record CliRun(int Exit, string Stdout, string Stderr)
{
    public static CliRun Of(string[] args, string stdin = "")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, new StringReader(stdin), stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Runs with <paramref name="stdin"/> as raw bytes, behind a reader that, like the console's,
    /// does not look for a byte-order mark itself.
    /// </summary>
    public static CliRun OfBytes(string[] args, byte[] stdin)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var reader = new StreamReader(new MemoryStream(stdin), new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        var exit = CliApp.Run(args, reader, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The JSON Lines output, one parsed object a line.</summary>
    public JsonElement[] Records =>
        [.. Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    public override string ToString() => $"exit {Exit}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}
