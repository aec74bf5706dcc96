using System.Text.Json.Nodes;

namespace Classifier.Cli.Output;

/// <summary>
/// JSON Lines output of <c>classify predict</c>: one object per input row with every input field in
/// order, then <c>predicted_label</c>, <c>confidence</c>, with <c>--scores</c> a <c>score_LABEL</c>
/// per label; a row that failed has <c>error</c> (and <c>line</c>) instead of the prediction.
/// </summary>
internal sealed class PredictionJsonlWriter(TextWriter output, IReadOnlyList<string>? scoreLabels) : IPredictionWriter
{
    /// <summary>Nothing to write: each JSON Lines object names its own fields.</summary>
    public void Begin(IReadOnlyList<string> columns)
    {
    }

    public void Write(PredictionResult result)
    {
        var obj = new JsonObject();
        for (var i = 0; i < result.Row.Columns.Count; i++)
        {
            obj[result.Row.Columns[i]] = result.Row.Values[i]?.DeepClone();
        }

        if (result.Error is not null)
        {
            obj["line"] = result.Row.Line;
            obj[PredictionColumns.Error] = result.Error;
        }
        else
        {
            obj[PredictionColumns.Label] = result.Label;
            obj[PredictionColumns.Confidence] = JsonOutput.Round(result.Confidence);
            for (var i = 0; i < (scoreLabels?.Count ?? 0); i++)
            {
                obj[PredictionColumns.ScorePrefix + scoreLabels![i]] = JsonOutput.Round(result.Scores![i]);
            }
        }

        output.WriteLine(obj.ToJsonString(JsonOutput.Options));
    }

    public void Complete() => output.Flush();
}
