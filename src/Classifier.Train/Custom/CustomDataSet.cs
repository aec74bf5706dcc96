namespace Classifier.Train.Custom;

/// <summary>The labelled rows of one CSV file, with the file's SHA-256.</summary>
internal sealed record CustomDataSet(string File, IReadOnlyList<CustomExample> Examples, string Sha256)
{
    public string[] Labels => Examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
