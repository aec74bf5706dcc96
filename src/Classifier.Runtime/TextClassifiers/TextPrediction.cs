namespace Classifier.Runtime.TextClassifiers;

/// <summary>A custom model's prediction for one text: the most likely label, its probability, and every label's probability.</summary>
/// <param name="Label">The most likely label.</param>
/// <param name="Confidence">The probability of <paramref name="Label"/>.</param>
/// <param name="Scores">One probability per label, in <see cref="TextClassifier.Labels"/> order.</param>
public sealed record TextPrediction(string Label, float Confidence, IReadOnlyList<float> Scores);
