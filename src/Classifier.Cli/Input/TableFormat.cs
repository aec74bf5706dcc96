namespace Classifier.Cli.Input;

/// <summary>How <c>classify predict</c> reads rows: CSV with a header row, or JSON Lines objects.</summary>
internal enum TableFormat
{
    Csv,
    Jsonl,
}
