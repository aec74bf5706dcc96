using Classifier.Runtime.Models;

namespace Classifier.Train.Training;

/// <summary>The trained first pass and, when enabled, the context pass, as the runtime scores them.</summary>
internal sealed record TrainedSegmentModel(LinearModel FirstPass, TreeEnsembleModel? ContextPass);
