namespace Classifier.Train.Labels;

/// <summary>A label file is malformed. The message starts with <c>file:line:</c>.</summary>
internal sealed class LabelFileException(string file, int line, string problem, Exception? inner = null)
    : Exception(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}", inner)
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
