namespace Classifier.Cli.Output;

/// <summary>Output formats of the commands.</summary>
internal enum OutputFormat
{
    Table,
    Text,
    Jsonl,
    Csv,
    Json,
    Html,
}
