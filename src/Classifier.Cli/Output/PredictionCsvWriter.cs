using CsvHelper;

namespace Classifier.Cli.Output;

/// <summary>
/// CSV output of <c>classify predict</c>: every input column in order (those of the first input's
/// header or row; later rows are aligned by column name), then <c>predicted_label</c>, <c>confidence</c>,
/// with <c>--scores</c> a <c>score_LABEL</c> per label, and <c>error</c> (empty when the row was predicted).
/// </summary>
internal sealed class PredictionCsvWriter(TextWriter output, IReadOnlyList<string>? scoreLabels) : IPredictionWriter
{
    private readonly CsvWriter _csv = CsvWriter.Create(output, null, leaveOpen: true);
    private IReadOnlyList<string>? _columns;

    /// <summary>Writes the header from the first input's columns, so that an input of no rows still gives one.</summary>
    public void Begin(IReadOnlyList<string> columns)
    {
        if (_columns is not null)
        {
            return;
        }

        _columns = columns;
        _csv.WriteRecord([.. _columns, PredictionColumns.Label, PredictionColumns.Confidence, .. (scoreLabels ?? []).Select(l => PredictionColumns.ScorePrefix + l), PredictionColumns.Error]);
    }

    public void Write(PredictionResult result)
    {
        Begin(result.Row.Columns);
        var columns = _columns!;

        var record = new List<string>(columns.Count + 3 + (scoreLabels?.Count ?? 0));
        record.AddRange(columns.Select(c => result.Row.Text(c) ?? ""));
        var failed = result.Error is not null;
        record.Add(failed ? "" : result.Label!);
        record.Add(failed ? "" : PredictionColumns.Number(result.Confidence));
        if (scoreLabels is not null)
        {
            record.AddRange(scoreLabels.Select((_, i) => failed ? "" : PredictionColumns.Number(result.Scores![i])));
        }

        record.Add(result.Error ?? "");
        _csv.WriteRecord([.. record]);
        _csv.Flush();
    }

    public void Complete()
    {
        _csv.Flush();
        output.Flush();
    }
}
