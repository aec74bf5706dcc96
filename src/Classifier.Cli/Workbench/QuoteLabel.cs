namespace Classifier.Cli.Workbench;

/// <summary>A quote row: the segment holding it, who said it, where, the stance, and the quoted words.</summary>
internal sealed record QuoteLabel(int Segment, string Speaker, string Channel, string Stance, string Quote);
