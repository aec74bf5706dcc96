namespace Classifier.Train.Labels;

/// <summary>A label file (or a custom model's labelled CSV) is malformed. The message starts with <c>file:line:</c> (<c>file:</c> when no line applies).</summary>
public sealed class LabelFileException : Exception
{
    internal LabelFileException(string file, int line, string problem, Exception? inner = null)
        : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}", inner)
    {
        File = file;
        Line = line;
    }

    /// <summary>The file (or folder) at fault.</summary>
    public string File { get; }

    /// <summary>The 1-based line at fault, or 0 when the problem is the whole file.</summary>
    public int Line { get; }
}
