namespace Classifier.Cli.Input;

/// <summary>
/// How inputs are read: a plain-text article per file, JSON Lines records <c>{"id","text"}</c>
/// (or <c>{"id","html","url"}</c>), or an HTML page per file. Files named <c>*.html</c>,
/// <c>*.htm</c> or <c>*.html.gz</c> are HTML pages whatever the format.
/// </summary>
internal enum InputFormat
{
    Text,
    Jsonl,
    Html,
}
