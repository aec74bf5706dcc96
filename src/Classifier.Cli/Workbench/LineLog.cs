using System.Text;

namespace Classifier.Cli.Workbench;

/// <summary>A <see cref="TextWriter"/> that hands each completed line to <paramref name="line"/>: the training log, shown on the page as progress.</summary>
internal sealed class LineLog(Action<string> line) : TextWriter
{
    private readonly StringBuilder _current = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_current)
        {
            if (value == '\n')
            {
                line(_current.ToString().TrimEnd('\r'));
                _current.Clear();
            }
            else
            {
                _current.Append(value);
            }
        }
    }
}
