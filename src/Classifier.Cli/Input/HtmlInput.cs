namespace Classifier.Cli.Input;

/// <summary>
/// An HTML page to read, as it came: a file's bytes (its charset is found in them) or a JSON
/// Lines record's markup, with the page's address when the record gives one. Parsed where the
/// batch tags it, so that pages are parsed in parallel; a gzip file may unpack to at most
/// <c>MaxBytes</c>.
/// </summary>
internal sealed record HtmlInput(byte[]? Bytes, string? Markup, string? Url, long MaxBytes);
