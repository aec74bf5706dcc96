using Xunit.Abstractions;

namespace Classifier.Notebooks.Tests;

/// <summary>Executes every notebook in notebooks/ end to end; a compile or run error fails with the program's output.</summary>
public sealed class NotebookTests(ITestOutputHelper log) : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("notebook-output-").FullName;

    public static TheoryData<string> Notebooks() => new(NotebookNames());

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Run_Notebook_ExitsCleanlyAndDrawsItsCharts(string notebook)
    {
        var outcome = NotebookRunner.Run(Path.Combine(NotebooksFolder(), notebook), _output);

        log.WriteLine($"{notebook}: exit {outcome.ExitCode} in {outcome.Elapsed.TotalSeconds:F0} s ({outcome.ProgramPath})");
        log.WriteLine(outcome.Output);
        Assert.True(outcome.ExitCode == 0, $"{notebook} failed (exit {outcome.ExitCode}); program {outcome.ProgramPath}; output:\n{outcome.Output}");
        Assert.NotEmpty(Directory.GetFiles(_output, "*.png", SearchOption.AllDirectories));
    }

    [Fact]
    public void Notebooks_Folder_HoldsTheFourNotebooks() =>
        Assert.Equal(["01-labels.ipynb", "02-train-evaluate.ipynb", "03-reactions.ipynb", "04-html.ipynb"], NotebookNames());

    private static string[] NotebookNames() =>
        Directory.GetFiles(NotebooksFolder(), "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private static string NotebooksFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Classifier.sln")))
            {
                return Path.Combine(dir.FullName, "notebooks");
            }
        }

        throw new DirectoryNotFoundException("No Classifier.sln above the test assembly.");
    }
}
