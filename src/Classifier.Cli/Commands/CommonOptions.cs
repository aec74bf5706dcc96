using System.CommandLine;
using Classifier.Cli.Input;
using Classifier.Cli.Output;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Commands;

/// <summary>The options every article command shares: inputs, input format, models, parallelism, size limit, dropped labels and user rules.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Paths { get; } = CreatePaths();

    public Option<InputFormat> Input { get; } = new("--input") { Description = "Input format: text (one article per file), jsonl (objects {\"id\",\"text\"} or {\"id\",\"html\",\"url\"}, one a line) or html (one page per file or on standard input). *.html, *.htm and *.html.gz files are always read as HTML.", DefaultValueFactory = _ => InputFormat.Text };

    public Option<string?> Models { get; } = new("--models") { Description = "Model bundle folder (default: models/, trained from labels/ if missing)." };

    public Option<int> Parallel { get; } = new("--parallel") { Description = "Articles processed at once (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };

    public Option<long> MaxBytes { get; } = new("--max-bytes") { Description = "Largest article accepted, in bytes; larger ones are rejected with a message.", DefaultValueFactory = _ => Runtime.Tagging.TaggerOptions.DefaultMaxArticleChars };

    // One label per occurrence (or several, comma-separated): a label list that ran on would swallow the file paths after it.
    public Option<string[]> Drop { get; } = new("--drop") { Description = "A label that clean drops: repeat the option or separate labels with commas (default: the bundle's, boilerplate, comment and unrelated-link)." };

    public Option<string[]> Keep { get; } = new("--keep") { Description = "A label taken out of the dropped set (--keep comment keeps reader comments): repeat the option or separate labels with commas." };

    public Option<SegmentRule[]> DropPattern { get; } = PatternOption("--drop-pattern", SegmentRuleAction.Drop, "A regular expression: segments it matches are always dropped, whatever their label (repeatable).");

    public Option<SegmentRule[]> KeepPattern { get; } = PatternOption("--keep-pattern", SegmentRuleAction.Keep, "A regular expression: segments it matches are always kept, whatever their label; wins over a drop pattern (repeatable).");

    public Option<SegmentRule[]> Rules { get; } = new("--rules")
    {
        Description = "A rules file: one 'drop: REGEX' or 'keep: REGEX' a line, # comments (repeatable).",
        CustomParser = result =>
        {
            var rules = new List<SegmentRule>();
            foreach (var token in result.Tokens)
            {
                try
                {
                    rules.AddRange(SegmentRuleFile.Read(token.Value));
                }
                catch (SegmentRuleFileException e)
                {
                    result.AddError($"--rules: {e.Message}");
                }
            }

            return [.. rules];
        },
    };

    private static Argument<string[]> CreatePaths()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Text files (one article each), HTML pages (*.html, *.htm, *.html.gz), folders (each *.txt, or *.jsonl with --input jsonl, and each HTML page), or - for standard input (the default).",
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
        command.Options.Add(Keep);
        command.Options.Add(DropPattern);
        command.Options.Add(KeepPattern);
        command.Options.Add(Rules);
    }

    /// <summary>An option of one regular expression per occurrence (commas belong to the pattern), each checked as it is parsed.</summary>
    private static Option<SegmentRule[]> PatternOption(string name, SegmentRuleAction action, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var rules = new List<SegmentRule>();
            foreach (var token in result.Tokens)
            {
                try
                {
                    rules.Add(new SegmentRule(action, token.Value, name));
                }
                catch (ArgumentException e)
                {
                    result.AddError($"{name} '{token.Value}': {e.Message}");
                }
            }

            return [.. rules];
        },
    };

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
        var drop = Labels(parse, Drop);
        return new TaggerOptions
        {
            MaxArticleChars = (int)Math.Min(int.MaxValue, parse.GetValue(MaxBytes)),
            DropLabels = drop.Length > 0 ? drop : null,
            KeepLabels = Labels(parse, Keep),
            SegmentRules = new SegmentRuleOptions { Rules = [.. parse.GetValue(Rules) ?? [], .. parse.GetValue(KeepPattern) ?? [], .. parse.GetValue(DropPattern) ?? []] },
        };
    }

    private static string[] Labels(ParseResult parse, Option<string[]> option) =>
        [.. (parse.GetValue(option) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>
    /// The body every article command shares: load the models, read the inputs, run the batch
    /// through <paramref name="createWriter"/>'s writer. Returns the exit code.
    /// </summary>
    public int RunBatch(ParseResult parse, TextReader stdin, TextWriter stderr, TaggerOptions taggerOptions, Func<ArticleTagger, IRecordWriter> createWriter)
    {
        var both = (taggerOptions.DropLabels ?? []).Intersect(taggerOptions.KeepLabels, StringComparer.Ordinal).ToArray();
        if (both.Length > 0)
        {
            stderr.WriteLine($"classify: --drop and --keep both name {Quoted(both)}; give each label one of them");
            return ExitCodes.Usage;
        }

        var tagger = DefaultModels.Load(parse.GetValue(Models), taggerOptions, stderr);
        if (tagger is null)
        {
            return ExitCodes.Failed;
        }

        // Checked against the loaded model, the only place that knows its labels; still before any input is read.
        foreach (var (name, labels) in new[] { ("--drop", taggerOptions.DropLabels ?? []), ("--keep", taggerOptions.KeepLabels) })
        {
            var unknown = labels.Where(l => !tagger.Labels.Contains(l)).ToArray();
            if (unknown.Length > 0)
            {
                stderr.WriteLine($"classify: {name}: unknown label {Quoted(unknown)}; the model's labels are {string.Join(", ", tagger.Labels)}");
                return ExitCodes.Usage;
            }
        }

        var paths = parse.GetValue(Paths) ?? [];
        var source = new ArticleSource(parse.GetValue(Input), parse.GetValue(MaxBytes), stdin, w => stderr.WriteLine($"classify: warning: {w}"));
        using var writer = createWriter(tagger);
        return BatchRunner.Run(tagger, source.Read(paths), writer, parse.GetValue(Parallel), stderr, source.Total(paths));
    }

    private static string Quoted(IEnumerable<string> labels) => string.Join(", ", labels.Select(l => $"'{l}'"));
}
