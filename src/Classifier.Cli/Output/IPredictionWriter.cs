using Classifier.Cli.Input;

namespace Classifier.Cli.Output;

/// <summary>Writes one output row per input row of <c>classify predict</c>, in input order, as it comes.</summary>
internal interface IPredictionWriter
{
    /// <summary>The columns of an input, as soon as they are known (a CSV header), before any of its rows.</summary>
    void Begin(IReadOnlyList<string> columns);

    void Write(PredictionResult result);

    void Complete();
}

/// <summary>What <c>classify predict</c> writes for one input row: the label (or <c>uncertain</c>), its confidence and scores, or the error.</summary>
internal sealed record PredictionResult(TableRow Row, string? Label, float Confidence, IReadOnlyList<float>? Scores, string? Error);
