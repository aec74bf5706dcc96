using System.CommandLine;
using Classifier.Cli.Output;

namespace Classifier.Cli.Commands;

/// <summary><c>classify tally</c>: who reacted how, per article and in total.</summary>
internal static class TallyCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();
        var format = CommonOptions.FormatOption(OutputFormat.Table, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var chart = new Option<string?>("--chart") { Description = "Also draw stacked bars of reactions per article to this PNG file (its folder must exist)." };
        var command = new Command("tally", "Find quoted reactions and count speakers by stance and channel, per article and in total.");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(chart);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(chart);
            if (path is not null && OutputFile.Problem(path) is { } problem)
            {
                stderr.WriteLine($"classify: --chart {path}: {problem}");
                return ExitCodes.Usage;
            }

            TallyWriter? writer = null;
            var exit = common.RunBatch(parse, stdin, stderr, common.ToTaggerOptions(parse), _ => writer = new TallyWriter(stdout, parse.GetValue(format)));
            if (writer is null || path is null)
            {
                return exit;
            }

            try
            {
                TallyChart.Save(writer.Tally.Articles, path);
                stderr.WriteLine($"classify: chart written to {path}");
                return exit;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"classify: cannot write the chart {path}: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
