namespace Classifier.Runtime.TextClassifiers;

/// <summary>How a custom model conditions its predictions on a group column.</summary>
public static class GroupModes
{
    /// <summary>One model; every word is also seen crossed with the row's group (shared + group-specific features).</summary>
    public const string Crossed = "crossed";

    /// <summary>One sub-model per group, plus a model over all rows for groups not seen in training.</summary>
    public const string PerGroup = "per-group";

    /// <summary>The modes, for validation and help.</summary>
    public static readonly IReadOnlyList<string> All = [Crossed, PerGroup];
}
