namespace Classifier.Train.Custom;

/// <summary>Which columns of a CSV hold the text, the label, the optional group and the optional cross-validation group.</summary>
internal sealed record CustomColumns(string Text, string Label, string? Group = null, string? CvGroup = null)
{
    public IEnumerable<string> Required => new[] { Text, Label, Group, CvGroup }.OfType<string>();
}
