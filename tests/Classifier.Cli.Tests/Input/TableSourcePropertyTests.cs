using Classifier.Cli.Input;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Classifier.Cli.Tests.Input;

public sealed class TableSourcePropertyTests
{
    private const int Runs = 2000;

    [Property(MaxTest = Runs)]
    public Property Read_AnyCsvBytes_RowsAlignedWithTheHeaderOrReportedProblems() =>
        Prop.ForAll(InputGen.Bytes(), bytes =>
        {
            var problems = new List<string>();
            IReadOnlyList<string>? header = null;
            var source = new TableSource(TableFormat.Csv, [], InputGen.Stdin(bytes), problems.Add, c => header = c);
            var rows = source.Read("-").ToArray();
            return rows.All(r => r.Line > 0 && r.Columns.Count == r.Values.Count && r.Columns.SequenceEqual(header!))
                && (header is not null || (rows.Length == 0 && problems.Count > 0));
        });

    [Property(MaxTest = Runs)]
    public Property Read_AnyJsonlBytes_EachRowFieldsOrError() =>
        Prop.ForAll(InputGen.Bytes(), bytes =>
        {
            var source = new TableSource(TableFormat.Jsonl, [], InputGen.Stdin(bytes), _ => { }, _ => { });
            return source.Read("-").All(r => r.Line > 0 && r.Columns.Count == r.Values.Count && (r.Error is null || r.Columns.Count == 0));
        });

    [Property(MaxTest = Runs)]
    public Property Read_CsvWithTextColumn_EveryCellReadBack() =>
        Prop.ForAll(InputGen.Text(), text =>
        {
            var cell = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            var source = new TableSource(TableFormat.Csv, ["text"], new StringReader($"id,text\n1,{cell}\n"), _ => { }, _ => { });
            var row = Assert.Single(source.Read("-"));
            return row.Error is null && row.Text("id") == "1" && row.Text("text") == text;
        });
}
