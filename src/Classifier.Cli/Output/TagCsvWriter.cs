using System.Globalization;
using Classifier.Cli.Input;
using Classifier.Runtime.Tagging;
using CsvHelper;

namespace Classifier.Cli.Output;

/// <summary>CSV output of <c>classify tag</c>: a row per segment: <c>id,index,start,length,label,confidence,text</c>; a failed input gives a row with an empty index and the error as label <c>error</c>.</summary>
internal sealed class TagCsvWriter : IRecordWriter
{
    private readonly CsvWriter _csv;

    public TagCsvWriter(TextWriter output)
    {
        _csv = CsvWriter.Create(output, null, leaveOpen: true);
        _csv.WriteRecord(["id", "index", "start", "length", "label", "confidence", "text"]);
    }

    public void Write(InputRecord record, TaggedArticle article)
    {
        foreach (var s in article.Segments)
        {
            _csv.WriteRecord([record.Id, Num(s.Index), Num(s.Start), Num(s.Length), s.Label, JsonOutput.Round(s.Confidence).ToString(CultureInfo.InvariantCulture), s.Text]);
        }
    }

    public void WriteError(InputRecord record, string error) => _csv.WriteRecord([record.Id, "", "", "", "error", "", error]);

    public void Complete() => _csv.Flush();

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
