namespace Classifier.Cli.Input;

/// <summary>One article to process, or the reason it cannot be: its id, text or error, and where it came from.</summary>
internal sealed record InputRecord(long Sequence, string Id, string? Text, string? Error, string Origin, long Line)
{
    /// <summary>The HTML page to read instead of <see cref="Text"/> (which is then null); null for text input.</summary>
    public HtmlInput? Html { get; init; }

    /// <summary>Where the record came from, as a message prefix: <c>file</c> or <c>file:line</c>.</summary>
    public string Where => Line > 0 ? $"{Origin}:{Line}" : Origin;
}
