using System.CommandLine;

namespace Classifier.Bench.Commands;

/// <summary>The root command: one subcommand per benchmark.</summary>
internal static class BenchCommand
{
    public static RootCommand Create() =>
        new("Benchmarks of Classifier: cleaning quality on real pages, speed and memory.")
        {
            BaselineCommand.Create(),
            PagesCommand.Create(),
            HtmlPagesCommand.Create(),
            StanceCommand.Create(),
            DecoderCommand.Create(),
            ExportFastTextCommand.Create(),
            ExportTasksCommand.Create(),
            MakeJsonlCommand.Create(),
            LatencyCommand.Create(),
            EquivalenceCommand.Create(),
        };
}
