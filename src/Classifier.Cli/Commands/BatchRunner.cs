using Classifier.Cli.Input;
using Classifier.Cli.Output;
using Classifier.Runtime.Batch;
using Classifier.Runtime.Html;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Commands;

/// <summary>
/// Runs a tagger over a stream of records, in parallel with order kept, one output per input.
/// A record that fails is reported (output and standard error, with where it came from) and the
/// batch goes on; the exit code says whether any failed.
/// </summary>
internal static class BatchRunner
{
    public static int Run(ArticleTagger tagger, IEnumerable<InputRecord> records, IRecordWriter writer, int parallelism, TextWriter errors, long? total = null) =>
        ProgressDisplay.Run(total, tick => Run(tagger, records, writer, parallelism, errors, tick));

    private static int Run(ArticleTagger tagger, IEnumerable<InputRecord> records, IRecordWriter writer, int parallelism, TextWriter errors, Action tick)
    {
        var failed = 0;
        foreach (var (record, article, error, warning) in OrderedParallel.Map(records, r => Process(tagger, r), parallelism))
        {
            if (warning is not null)
            {
                errors.WriteLine($"classify: warning: {record.Where}: {warning}");
            }

            if (article is not null)
            {
                writer.Write(record, article);
            }
            else
            {
                failed++;
                errors.WriteLine($"classify: {record.Where}: {error}");
                writer.WriteError(record, error!);
            }

            tick();
        }

        writer.Complete();
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static (InputRecord Record, TaggedArticle? Article, string? Error, string? Warning) Process(ArticleTagger tagger, InputRecord record)
    {
        if (record.Error is not null)
        {
            return (record, null, record.Error, null);
        }

        string? warning = null;
        try
        {
            if (record.Html is { } html)
            {
                var markup = html.Markup ?? HtmlReader.Decode(html.Bytes!, html.MaxBytes, out warning);
                return (record, tagger.TagHtml(HtmlReader.Parse(markup, html.Url)), null, warning);
            }

            return (record, tagger.Tag(record.Text!), null, null);
        }
        catch (Exception e) when (e is ArticleTooLargeException or HtmlReadException or SegmentRuleTimeoutException)
        {
            return (record, null, e.Message, warning);
        }
    }
}
