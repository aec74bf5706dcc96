using System.Diagnostics;
using System.Text;

namespace Classifier.Notebooks.Tests;

/// <summary>Runs a notebook as a file-based program with <c>dotnet run</c>, from the notebook's folder.</summary>
internal static class NotebookRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>The program's exit code and everything it printed, standard error included.</summary>
    public sealed record Outcome(int ExitCode, string Output, string ProgramPath, TimeSpan Elapsed);

    /// <param name="notebookPath">The <c>.ipynb</c> file.</param>
    /// <param name="outputFolder">Passed to the program as <see cref="NotebookProgram.OutputVariable"/>.</param>
    public static Outcome Run(string notebookPath, string outputFolder)
    {
        // A stable path per notebook lets dotnet run reuse its build of the program between runs.
        var name = Path.GetFileNameWithoutExtension(notebookPath).Replace('-', '_');
        var programFolder = Path.Combine(Path.GetTempPath(), "classifier-notebooks", $"Notebook_{name}");
        Directory.CreateDirectory(programFolder);
        var programPath = Path.Combine(programFolder, $"Notebook_{name}.cs");
        File.WriteAllText(programPath, NotebookProgram.Convert(notebookPath));

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "run", "-c", Configuration, programPath })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[NotebookProgram.OutputVariable] = outputFolder;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Append(output, $"[runner] killed after {Timeout.TotalMinutes} minutes");
            return new Outcome(-1, output.ToString(), programPath, clock.Elapsed);
        }

        process.WaitForExit();
        return new Outcome(process.ExitCode, output.ToString(), programPath, clock.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
