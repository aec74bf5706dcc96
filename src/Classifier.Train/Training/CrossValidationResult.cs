using Classifier.Runtime.Bundle;

namespace Classifier.Train.Training;

/// <summary>Grouped cross-validation of the segment model: metrics of the first pass alone and of both passes, and every out-of-fold prediction.</summary>
internal sealed record CrossValidationResult(ClassificationMetrics FirstPass, ClassificationMetrics Final, IReadOnlyList<SegmentPrediction> Predictions);

/// <summary>One out-of-fold prediction of a segment, with the probability of every label (in the label order the validator was given).</summary>
internal sealed record SegmentPrediction(string Article, int Index, string Text, string Truth, string Predicted, float Confidence, float[] Probabilities);
