using System.CommandLine;
using Classifier.Cli.Output;

namespace Classifier.Cli.Commands;

/// <summary><c>classify tag</c>: label every segment of each article.</summary>
internal static class TagCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();
        var format = CommonOptions.FormatOption(OutputFormat.Table, OutputFormat.Table, OutputFormat.Jsonl, OutputFormat.Csv, OutputFormat.Html);
        var command = new Command("tag", "Split each article into segments and label them (news-report, social-quote, heading, unrelated-link, boilerplate).");
        common.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            return common.RunBatch(parse, stdin, stderr, common.ToTaggerOptions(parse), tagger => parse.GetValue(format) switch
            {
                OutputFormat.Jsonl => new TagJsonlWriter(stdout),
                OutputFormat.Csv => new TagCsvWriter(stdout),
                OutputFormat.Html => new TagHtmlWriter(stdout, tagger),
                _ => new TagTableWriter(stdout) as IRecordWriter,
            });
        });
        return command;
    }
}
