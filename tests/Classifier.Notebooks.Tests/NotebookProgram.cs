using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Classifier.Notebooks.Tests;

/// <summary>
/// Turns a notebook's C# code cells into one .NET file-based program: the cells' directives first,
/// then their <c>using</c> directives, then every other line in cell order as top-level statements,
/// then a <c>display</c> shim. <c>#line</c> directives make errors name the notebook and cell.
/// </summary>
/// <remarks>
/// Directives a cell may hold (see notebooks/README.md):
/// <c>// #:project PATH</c> (relative to the notebook's folder; a comment, so a real kernel skips it),
/// <c>// #:package NAME@VERSION</c>, and .NET Interactive's <c>#r "nuget: NAME, VERSION"</c>.
/// A first line <c>#!csharp</c> is dropped; any other <c>#!</c> magic is refused.
/// </remarks>
internal static partial class NotebookProgram
{
    /// <summary>The environment variable naming the folder a notebook writes its pictures to.</summary>
    public const string OutputVariable = "NotebookOutput";

    private const string Shim = """
        /// <summary>Stands in for .NET Interactive's display(): prints the value, a sequence one item a line.</summary>
        internal static class NotebookShim
        {
            public static void display(object? value)
            {
                if (value is System.Collections.IEnumerable items and not string)
                {
                    foreach (var item in items)
                    {
                        System.Console.WriteLine(item);
                    }
                }
                else
                {
                    System.Console.WriteLine(value ?? "null");
                }
            }
        }
        """;

    public static string Convert(string notebookPath)
    {
        var notebookFolder = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
        var name = Path.GetFileName(notebookPath);
        var directives = new List<string> { "#:property PublishAot=false" };
        var usings = new List<string>();
        var body = new StringBuilder();
        var cellNumber = 0;
        foreach (var cell in CodeCells(notebookPath))
        {
            cellNumber++;
            var lines = cell.Split('\n');
            body.AppendLine($"#line 1 \"{name} cell {cellNumber}\"");
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimEnd('\r');
                var trimmed = line.Trim();
                if (i == 0 && trimmed == "#!csharp")
                {
                    body.AppendLine();
                }
                else if (trimmed.StartsWith("#!", StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"{name} cell {cellNumber} line {i + 1}: magic command '{trimmed}' is not supported by the notebook runner.");
                }
                else if (ProjectDirective().Match(trimmed) is { Success: true } project)
                {
                    directives.Add($"#:project {Path.GetFullPath(Path.Combine(notebookFolder, project.Groups[1].Value.Trim()))}");
                    body.AppendLine();
                }
                else if (PackageDirective().Match(trimmed) is { Success: true } package)
                {
                    directives.Add($"#:package {package.Groups[1].Value.Trim()}");
                    body.AppendLine();
                }
                else if (NugetReference().Match(trimmed) is { Success: true } nuget)
                {
                    directives.Add($"#:package {nuget.Groups[1].Value}@{nuget.Groups[2].Value}");
                    body.AppendLine();
                }
                else if (UsingDirective().IsMatch(trimmed))
                {
                    usings.Add($"{trimmed} // {name} cell {cellNumber}");
                    body.AppendLine();
                }
                else
                {
                    body.AppendLine(line);
                }
            }
        }

        var program = new StringBuilder();
        foreach (var directive in directives.Distinct(StringComparer.Ordinal))
        {
            program.AppendLine(directive);
        }

        program.AppendLine("using static NotebookShim;");
        foreach (var directive in usings.Distinct(StringComparer.Ordinal))
        {
            program.AppendLine(directive);
        }

        program.Append(body);
        program.AppendLine("#line default");
        program.AppendLine(Shim);
        return program.ToString();
    }

    /// <summary>The source of every C# code cell, in order.</summary>
    private static List<string> CodeCells(string notebookPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(notebookPath));
        var cells = new List<string>();
        foreach (var cell in document.RootElement.GetProperty("cells").EnumerateArray())
        {
            if (cell.GetProperty("cell_type").GetString() != "code")
            {
                continue;
            }

            var language = cell.TryGetProperty("metadata", out var metadata)
                && metadata.TryGetProperty("dotnet_interactive", out var interactive)
                && interactive.TryGetProperty("language", out var lang) ? lang.GetString() : "csharp";
            if (language != "csharp")
            {
                throw new InvalidDataException($"{notebookPath}: a code cell in '{language}'; the runner runs C# cells only.");
            }

            var source = cell.GetProperty("source");
            cells.Add(source.ValueKind == JsonValueKind.Array
                ? string.Concat(source.EnumerateArray().Select(s => s.GetString()))
                : source.GetString() ?? "");
        }

        return cells;
    }

    [GeneratedRegex(@"^//\s*#:project\s+(.+)$")]
    private static partial Regex ProjectDirective();

    [GeneratedRegex(@"^//\s*#:package\s+(.+)$")]
    private static partial Regex PackageDirective();

    [GeneratedRegex(@"^#r\s+""nuget:\s*([^,""\s]+)\s*,\s*([^""\s]+)\s*""$")]
    private static partial Regex NugetReference();

    /// <summary>A using directive (<c>using X;</c>, <c>using static X;</c>, <c>using A = B;</c>), not a using statement or declaration.</summary>
    [GeneratedRegex(@"^using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>, ]+)?\s*;$")]
    private static partial Regex UsingDirective();
}
