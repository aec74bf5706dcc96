using System.Globalization;
using System.Text.Json;
using Classifier.Cli.Input;
using Classifier.Runtime.Tagging;
using Classifier.Runtime.Tally;
using CsvHelper;

namespace Classifier.Cli.Output;

/// <summary>
/// Output of <c>classify tally</c>: per article, speakers by stance and channel, then the total.
/// table: readable blocks; csv: a row per speaker (unattributed quotes with an empty speaker);
/// json: one object per article per line, then one for the total.
/// </summary>
internal sealed class TallyWriter(TextWriter output, OutputFormat format) : IRecordWriter
{
    private readonly CsvWriter? _csv = format == OutputFormat.Csv ? CsvWriter.Create(output, null, leaveOpen: true) : null;
    private bool _headerWritten;

    public ReactionTally Tally { get; } = new();

    public void Write(InputRecord record, TaggedArticle article) => Emit(Tally.Add(record.Id, article));

    public void WriteError(InputRecord record, string error)
    {
        if (format == OutputFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(new ErrorJson(record.Id, error), JsonOutput.Options));
        }
    }

    public void Complete()
    {
        if (format != OutputFormat.Csv)
        {
            Emit(Tally.Total());
        }

        _csv?.Flush();
        output.Flush();
    }

    private void Emit(ArticleTally tally)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(tally, JsonOutput.Options));
                break;
            case OutputFormat.Csv:
                WriteCsv(tally);
                break;
            default:
                WriteTable(tally);
                break;
        }
    }

    private void WriteCsv(ArticleTally tally)
    {
        if (!_headerWritten)
        {
            _csv!.WriteRecord(["id", "speaker", "speaker_key", "channel", "stance", "quotes", "quote_start"]);
            _headerWritten = true;
        }

        foreach (var s in tally.Speakers.Concat(tally.Unattributed))
        {
            _csv!.WriteRecord([tally.Id, s.Speaker ?? "", s.SpeakerKey ?? "", s.Channel, s.Stance ?? "", s.Quotes.ToString(CultureInfo.InvariantCulture), s.QuoteStart]);
        }
    }

    private void WriteTable(ArticleTally tally)
    {
        output.WriteLine($"== {tally.Id}: {tally.Speakers.Count} speakers ({Pairs(tally.ByStance)}; {Pairs(tally.ByChannel)}), {tally.Unattributed.Count} unattributed quotes");
        if (tally.Id == "total")
        {
            return;
        }

        foreach (var s in tally.Speakers)
        {
            output.WriteLine($"   {s.Stance ?? "-",-8} {s.Channel,-6} {s.Speaker}: “{s.QuoteStart}”");
        }

        foreach (var s in tally.Unattributed)
        {
            output.WriteLine($"   {s.Stance ?? "-",-8} {s.Channel,-6} (no speaker): “{s.QuoteStart}”");
        }
    }

    private static string Pairs(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(p => $"{p.Key} {p.Value}"));
}
