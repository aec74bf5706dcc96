using System.CommandLine;
using Classifier.Cli.Commands;

namespace Classifier.Cli;

/// <summary>Builds the <c>classify</c> command line, so tests can parse and run it in-process.</summary>
internal static class CliApp
{
    public static RootCommand Create(TextReader stdin, TextWriter stdout, TextWriter stderr) => new("classify: tag, clean and tally scraped news articles, train the models that do it, and train, evaluate and apply custom text classifiers.")
    {
        TagCommand.Create(stdin, stdout, stderr),
        CleanCommand.Create(stdin, stdout, stderr),
        TallyCommand.Create(stdin, stdout, stderr),
        TrainCommand.Create(stdout, stderr),
        CustomCommand.Create(stdout, stderr),
        EvaluateCommand.Create(stdout, stderr),
        PredictCommand.Create(stdin, stdout, stderr),
        LabelCommand.Create(stdout, stderr),
    };

    /// <summary>Parses and runs; a usage error exits 2, as documented.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var parse = Create(stdin, stdout, stderr).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"classify: {error.Message}");
            }

            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
