namespace Classifier.Cli.Output;

/// <summary>Writes one output row per input row of <c>classify predict</c>, in input order, as it comes.</summary>
internal interface IPredictionWriter
{
    void Write(PredictionResult result);

    void Complete();
}
