using Classifier.Cli.Input;

namespace Classifier.Cli.Output;

/// <summary>What <c>classify predict</c> writes for one input row: the label (or <c>uncertain</c>), its confidence and scores, or the error.</summary>
internal sealed record PredictionResult(TableRow Row, string? Label, float Confidence, IReadOnlyList<float>? Scores, string? Error);
