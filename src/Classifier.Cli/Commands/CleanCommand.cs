using System.CommandLine;
using Classifier.Cli.Input;
using Classifier.Cli.Output;

namespace Classifier.Cli.Commands;

/// <summary><c>classify clean</c>: each article without its boilerplate and unrelated links.</summary>
internal static class CleanCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();
        var format = common.FormatOption(OutputFormat.Text, OutputFormat.Text, OutputFormat.Jsonl);
        var command = new Command("clean", "Print each article without the segments whose label is dropped (default: unrelated-link, boilerplate).");
        common.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var tagger = ModelLocator.Load(parse.GetValue(common.Models), common.ToTaggerOptions(parse) with { FindQuotes = false }, stderr);
            if (tagger is null)
            {
                return ExitCodes.Failed;
            }

            var writer = new CleanWriter(stdout, tagger, parse.GetValue(format) == OutputFormat.Jsonl);
            var source = new ArticleSource(parse.GetValue(common.Input), parse.GetValue(common.MaxBytes), stdin, w => stderr.WriteLine($"classify: warning: {w}"));
            return BatchRunner.Run(tagger, source.Read(parse.GetValue(common.Paths) ?? []), writer, parse.GetValue(common.Parallel), stderr, source.Total(parse.GetValue(common.Paths) ?? []));
        });
        return command;
    }
}
