namespace Classifier.Train.TextClassifiers;

/// <summary>The labelled rows of one CSV file, with the file's SHA-256.</summary>
internal sealed record TextClassifierDataSet(string File, IReadOnlyList<TextExample> Examples, string Sha256)
{
    public string[] Labels => Examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}

/// <summary>One labelled row of a custom data file: text, label, optional group and CV group, and its line.</summary>
internal sealed record TextExample(string Text, string Label, string? Group, string? CvGroup, int Line);

/// <summary>Which columns of a CSV hold the text, the label, the optional group and the optional cross-validation group.</summary>
internal sealed record TextClassifierColumns(string Text, string Label, string? Group = null, string? CvGroup = null)
{
    public IEnumerable<string> Required => new[] { Text, Label, Group, CvGroup }.OfType<string>();
}
