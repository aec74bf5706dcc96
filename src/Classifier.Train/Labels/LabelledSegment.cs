namespace Classifier.Train.Labels;

/// <summary>One labelled segment row, with where it came from.</summary>
internal sealed record LabelledSegment(string Article, int Index, string Text, string Label, string File, int Line);
