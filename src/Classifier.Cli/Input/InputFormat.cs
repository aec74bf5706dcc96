namespace Classifier.Cli.Input;

/// <summary>How inputs are read: a plain-text article per file, or JSON Lines records <c>{"id","text"}</c>.</summary>
internal enum InputFormat
{
    Text,
    Jsonl,
}
