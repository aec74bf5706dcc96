namespace Classifier.Train.Custom;

/// <summary>One labelled row of a custom data file: text, label, optional group and CV group, and its line.</summary>
internal sealed record CustomExample(string Text, string Label, string? Group, string? CvGroup, int Line);
