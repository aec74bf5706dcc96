namespace Classifier.Cli.Workbench;

/// <summary>A segment whose predicted label a retraining changed.</summary>
internal sealed record LabelChange(string Article, int Index, string Text, string Before, string After, float Confidence);
