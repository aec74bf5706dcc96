using System.CommandLine;
using Classifier.Cli.Input;
using Classifier.Cli.Output;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Commands;

/// <summary>The options every article command shares: inputs, input format, models, parallelism, size limit.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Paths { get; } = CreatePaths();

    public Option<InputFormat> Input { get; } = new("--input") { Description = "Input format: text (one article per file) or jsonl (objects {\"id\",\"text\"}, one a line).", DefaultValueFactory = _ => InputFormat.Text };

    public Option<string?> Models { get; } = new("--models") { Description = "Model bundle folder (default: models/, trained from labels/ if missing)." };

    public Option<int> Parallel { get; } = new("--parallel") { Description = "Articles processed at once (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };

    public Option<long> MaxBytes { get; } = new("--max-bytes") { Description = "Largest article accepted, in bytes; larger ones are rejected with a message.", DefaultValueFactory = _ => Runtime.Tagging.TaggerOptions.DefaultMaxArticleChars };

    // One label per occurrence (or several, comma-separated): a label list that ran on would swallow the file paths after it.
    public Option<string[]> Drop { get; } = new("--drop") { Description = "A label that clean drops: repeat the option or separate labels with commas (default: the bundle's, unrelated-link and boilerplate)." };

    private static Argument<string[]> CreatePaths()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Text files (one article each), folders (each *.txt, or *.jsonl with --input jsonl), or - for standard input (the default).",
            Arity = ArgumentArity.ZeroOrMore,
        };

        // An unknown option would otherwise be read as a file name; a file whose name starts with '-' can be given as ./-name.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"unknown option '{token.Value}'.");
            }
        });
        return paths;
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Input);
        command.Options.Add(Models);
        command.Options.Add(Parallel);
        command.Options.Add(MaxBytes);
        command.Options.Add(Drop);
    }

    public static Option<OutputFormat> FormatOption(OutputFormat fallback, params OutputFormat[] allowed)
    {
        var option = new Option<OutputFormat>("--format") { Description = $"Output format: {string.Join("|", allowed).ToLowerInvariant()}.", DefaultValueFactory = _ => fallback };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !Enum.TryParse<OutputFormat>(result.Tokens[^1].Value, ignoreCase: true, out _))
            {
                // Not a format name at all: the parser reports that itself; reading the value here would throw.
                return;
            }

            var value = result.GetValueOrDefault<OutputFormat>();
            if (!allowed.Contains(value))
            {
                result.AddError($"--format {value.ToString().ToLowerInvariant()} is not available here; use {string.Join("|", allowed).ToLowerInvariant()}.");
            }
        });
        return option;
    }

    public TaggerOptions ToTaggerOptions(ParseResult parse)
    {
        string[] drop = [.. (parse.GetValue(Drop) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
        return new TaggerOptions
        {
            MaxArticleChars = (int)Math.Min(int.MaxValue, parse.GetValue(MaxBytes)),
            DropLabels = drop.Length > 0 ? drop : null,
        };
    }

    /// <summary>
    /// The body every article command shares: load the models, read the inputs, run the batch
    /// through <paramref name="createWriter"/>'s writer. Returns the exit code.
    /// </summary>
    public int RunBatch(ParseResult parse, TextReader stdin, TextWriter stderr, TaggerOptions taggerOptions, Func<ArticleTagger, IRecordWriter> createWriter)
    {
        var tagger = DefaultModels.Load(parse.GetValue(Models), taggerOptions, stderr);
        if (tagger is null)
        {
            return ExitCodes.Failed;
        }

        // Checked against the loaded model, the only place that knows its labels; still before any input is read.
        var unknown = (taggerOptions.DropLabels ?? []).Where(l => !tagger.Labels.Contains(l)).ToArray();
        if (unknown.Length > 0)
        {
            stderr.WriteLine($"classify: --drop: unknown label {string.Join(", ", unknown.Select(l => $"'{l}'"))}; the model's labels are {string.Join(", ", tagger.Labels)}");
            return ExitCodes.Usage;
        }

        var paths = parse.GetValue(Paths) ?? [];
        var source = new ArticleSource(parse.GetValue(Input), parse.GetValue(MaxBytes), stdin, w => stderr.WriteLine($"classify: warning: {w}"));
        using var writer = createWriter(tagger);
        return BatchRunner.Run(tagger, source.Read(paths), writer, parse.GetValue(Parallel), stderr, source.Total(paths));
    }
}
