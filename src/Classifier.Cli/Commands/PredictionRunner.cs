using Classifier.Cli.Input;
using Classifier.Cli.Output;
using Classifier.Runtime.TextClassifiers;

namespace Classifier.Cli.Commands;

/// <summary>
/// Runs a custom classifier over a stream of rows, one output row per input row, in order. A row
/// that fails is reported (an error line on standard error with its file and line, and the error
/// in the output) and the batch goes on; the exit code says whether any row or file failed.
/// </summary>
internal sealed class PredictionRunner(TextClassifier classifier, string textColumn, string? groupColumn, float threshold, IPredictionWriter writer, TextWriter errors)
{
    private int _failed;

    /// <summary>Records a failure that has no output row (a file that cannot be read).</summary>
    public void FileFailed(string message)
    {
        _failed++;
        errors.WriteLine($"classify: {message}");
    }

    public void Run(IEnumerable<TableRow> rows)
    {
        foreach (var row in rows)
        {
            var result = Predict(row);
            if (result.Error is not null)
            {
                _failed++;
                errors.WriteLine($"classify: {row.Where}: {result.Error}");
            }

            writer.Write(result);
        }
    }

    public int Complete()
    {
        writer.Complete();
        return _failed == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }

    private PredictionResult Predict(TableRow row)
    {
        if (row.Error is not null)
        {
            return Failed(row, row.Error);
        }

        var text = row.Text(textColumn);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(row, text is null ? $"no '{textColumn}' field" : $"empty '{textColumn}'");
        }

        string? group = null;
        if (groupColumn is not null)
        {
            group = row.Text(groupColumn)?.Trim();
            if (string.IsNullOrEmpty(group))
            {
                return Failed(row, $"no '{groupColumn}' value (the model predicts per group)");
            }
        }

        var prediction = classifier.Predict(text, group);
        var label = prediction.Confidence < threshold ? PredictionColumns.Uncertain : prediction.Label;
        return new PredictionResult(row, label, prediction.Confidence, prediction.Scores, null);
    }

    private static PredictionResult Failed(TableRow row, string error) => new(row, null, 0f, null, error);
}
