using System.Globalization;
using Classifier.Cli.Input;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Output;

/// <summary>Human-readable output of <c>classify tag</c>: per article, a line per segment with its label, confidence and the start of its text.</summary>
internal sealed class TagTableWriter(TextWriter output) : IRecordWriter
{
    private const int TextWidth = 80;

    public void Write(InputRecord record, TaggedArticle article)
    {
        output.WriteLine($"== {record.Id} ({article.Segments.Count} segments)");
        var width = article.Segments.Count == 0 ? 0 : article.Segments.Max(s => s.Label.Length);
        foreach (var s in article.Segments)
        {
            var text = s.Text.Length > TextWidth ? s.Text[..(TextWidth - 1)] + "…" : s.Text;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Index,4}  {s.Label.PadRight(width)}  {s.Confidence:F2}  {text}"));
        }
    }

    public void WriteError(InputRecord record, string error) => output.WriteLine($"== {record.Id}: error: {error}");

    public void Complete() => output.Flush();
}
