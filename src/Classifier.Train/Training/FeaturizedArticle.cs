using Classifier.Runtime.Features;

namespace Classifier.Train.Training;

/// <summary>An article's segments as the models see them, with their true labels.</summary>
internal sealed record FeaturizedArticle(string Id, SegmentFeatures[] Features, string[] Labels);
