using Classifier.Runtime.Bundle;

namespace Classifier.Train.Training;

/// <summary>The trained first pass and, when enabled, the context pass.</summary>
internal sealed record TrainedSegmentModel(LoadedModel FirstPass, LoadedModel? ContextPass);
