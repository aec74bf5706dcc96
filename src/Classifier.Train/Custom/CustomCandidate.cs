namespace Classifier.Train.Custom;

/// <summary>One setting tried by the tuning of a custom model: a trainer (<see cref="CustomTrainers"/>) and its L2.</summary>
internal sealed record CustomCandidate(string Trainer, float L2)
{
    /// <summary>The settled trainer and L2 of <paramref name="options"/>.</summary>
    public static CustomCandidate Of(CustomTrainingOptions options) =>
        options.L2 is { } l2 && options.Trainer != CustomTrainers.Auto
            ? new(options.Trainer, l2)
            : throw new InvalidOperationException("the trainer and L2 must be settled (tuned) before training");
}
