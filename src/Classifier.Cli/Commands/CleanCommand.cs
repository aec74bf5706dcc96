using System.CommandLine;
using Classifier.Cli.Output;

namespace Classifier.Cli.Commands;

/// <summary><c>classify clean</c>: each article without its boilerplate, reader comments and unrelated links.</summary>
internal static class CleanCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();
        var format = CommonOptions.FormatOption(OutputFormat.Text, OutputFormat.Text, OutputFormat.Jsonl);
        var command = new Command("clean", "Print each article's body without the segments whose label is dropped (default: boilerplate, comment, unrelated-link) or that a drop rule matches.");
        common.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var options = common.ToTaggerOptions(parse) with { FindQuotes = false };
            return common.RunBatch(parse, stdin, stderr, options, tagger => new CleanWriter(stdout, tagger, parse.GetValue(format) == OutputFormat.Jsonl));
        });
        return command;
    }
}
