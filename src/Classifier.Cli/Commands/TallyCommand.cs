using System.CommandLine;
using Classifier.Cli.Input;
using Classifier.Cli.Output;

namespace Classifier.Cli.Commands;

/// <summary><c>classify tally</c>: who reacted how, per article and in total.</summary>
internal static class TallyCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();
        var format = common.FormatOption(OutputFormat.Table, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var chart = new Option<string?>("--chart") { Description = "Also draw stacked bars of reactions per article to this PNG file." };
        var command = new Command("tally", "Find quoted reactions and count speakers by stance and channel, per article and in total.");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(chart);
        command.SetAction(parse =>
        {
            var tagger = ModelLocator.Load(parse.GetValue(common.Models), common.ToTaggerOptions(parse), stderr);
            if (tagger is null)
            {
                return ExitCodes.Failed;
            }

            var writer = new TallyWriter(stdout, parse.GetValue(format));
            var source = new ArticleSource(parse.GetValue(common.Input), parse.GetValue(common.MaxBytes), stdin, w => stderr.WriteLine($"classify: warning: {w}"));
            var exit = BatchRunner.Run(tagger, source.Read(parse.GetValue(common.Paths) ?? []), writer, parse.GetValue(common.Parallel), stderr, source.Total(parse.GetValue(common.Paths) ?? []));
            if (parse.GetValue(chart) is { } path)
            {
                TallyChart.Save(writer.Tally.Articles, path);
                stderr.WriteLine($"classify: chart written to {path}");
            }

            return exit;
        });
        return command;
    }
}
