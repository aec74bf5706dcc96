namespace Classifier.Train.TextClassifiers;

/// <summary>The linear trainers a custom model can use (<c>--trainer</c>).</summary>
internal static class TextClassifierTrainers
{
    /// <summary>Picked by inner cross-validation among <see cref="Tuned"/>.</summary>
    public const string Auto = "auto";

    /// <summary>Multiclass maximum entropy by SDCA (the model before tuning existed).</summary>
    public const string SdcaMaxEnt = "sdca-maxent";

    /// <summary>Multiclass maximum entropy by L-BFGS.</summary>
    public const string LbfgsMaxEnt = "lbfgs-maxent";

    /// <summary>One-versus-all linear SVMs (SDCA, hinge loss), each Platt-calibrated, probabilities normalised.</summary>
    public const string OvaHinge = "ova-hinge";

    /// <summary>The trainers <c>--trainer auto</c> chooses among.</summary>
    public static IReadOnlyList<string> Tuned { get; } = [SdcaMaxEnt, OvaHinge];

    public static IReadOnlyList<string> All { get; } = [Auto, SdcaMaxEnt, LbfgsMaxEnt, OvaHinge];
}
