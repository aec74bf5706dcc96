namespace Classifier.Runtime.Features;

/// <summary>What the models see of one segment: normalised text for n-grams, and dense shape + context values.</summary>
public sealed record SegmentFeatures(string Text, float[] Dense);
