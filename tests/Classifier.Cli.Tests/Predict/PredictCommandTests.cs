using System.Text;
using System.Text.Json;
using CsvHelper;

namespace Classifier.Cli.Tests.Predict;

public sealed class PredictCommandTests(TopicModelFixture fixture) : IClassFixture<TopicModelFixture>
{
    private static readonly string Sport = TopicCsv.Sentence("sport", 4);
    private static readonly string Weather = TopicCsv.Sentence("weather", 5);

    [Fact]
    public void Predict_Csv_KeepsEveryColumnInOrderAndAddsLabelAndConfidence()
    {
        var input = WriteInput("in.csv", $"id,text,source\n1,{Sport},wire\n2,\"{Weather}, said nobody\",\"blog, local\"\n");

        var (exit, stdout, stderr) = Run("predict", "--model", fixture.Model, input);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var rows = ReadCsv(stdout);
        Assert.Equal(["id", "text", "source", "predicted_label", "confidence", "error"], rows[0]);
        Assert.Equal(["1", Sport, "wire", "sport"], rows[1][..4]);
        Assert.Equal(["2", Weather + ", said nobody", "blog, local", "weather"], rows[2][..4]);
        Assert.InRange(double.Parse(rows[1][4], System.Globalization.CultureInfo.InvariantCulture), 0.34, 1.0);
        Assert.Equal("", rows[1][5]);
    }

    [Fact]
    public void Predict_Scores_AddsNamedScoreColumnPerLabel()
    {
        var input = WriteInput("scores.csv", $"text\n{Sport}\n");

        var (exit, stdout, _) = Run("predict", "--model", fixture.Model, input, "--scores");

        Assert.Equal(0, exit);
        var rows = ReadCsv(stdout);
        Assert.Equal(["text", "predicted_label", "confidence", "score_politics", "score_sport", "score_weather", "error"], rows[0]);
        var scores = rows[1][3..6].Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(1.0, scores.Sum(), 2);
        Assert.Equal(rows[1][2], rows[1][4]);
    }

    [Fact]
    public void Predict_ThresholdAboveConfidence_WritesUncertain()
    {
        var input = WriteInput("threshold.csv", $"text\n{Sport}\n");

        var (exit, stdout, _) = Run("predict", "--model", fixture.Model, input, "--threshold", "1");

        Assert.Equal(0, exit);
        Assert.Equal("uncertain", ReadCsv(stdout)[1][1]);
    }

    [Fact]
    public void Predict_Jsonl_WritesEachObjectWithItsFieldsAndPrediction()
    {
        var input = WriteInput("in.jsonl", $"{{\"id\": 7, \"text\": \"{Weather}\", \"tags\": [\"x\"]}}\n\n{{\"id\": 8}}\n");

        var (exit, stdout, stderr) = Run("predict", "--model", fixture.Model, input);

        Assert.Equal(1, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(["id", "text", "tags", "predicted_label", "confidence"], first.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(7, first.RootElement.GetProperty("id").GetInt32());
        Assert.Equal("weather", first.RootElement.GetProperty("predicted_label").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Contains("no 'text' field", second.RootElement.GetProperty("error").GetString());
        Assert.Contains($"{input}:3:", stderr);
    }

    [Fact]
    public void Predict_StdinJsonlToCsv_ReadsWithInputOption()
    {
        var (exit, stdout, _) = Run(new StringReader($"{{\"text\": \"{Sport}\"}}\n"), "predict", "--model", fixture.Model, "--input", "jsonl", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Equal("sport", ReadCsv(stdout)[1][1]);
    }

    [Fact]
    public void Predict_StdinWithoutInputFormat_IsUsageError()
    {
        var (exit, _, stderr) = Run("predict", "--model", fixture.Model);

        Assert.Equal(2, exit);
        Assert.Contains("--input", stderr);
    }

    [Fact]
    public void Predict_MissingTextColumn_NamesTheFileAndExits1()
    {
        var input = WriteInput("notext.csv", $"id,body\n1,{Sport}\n");

        var (exit, _, stderr) = Run("predict", "--model", fixture.Model, input);

        Assert.Equal(1, exit);
        Assert.Contains(input, stderr);
        Assert.Contains("'text'", stderr);
    }

    [Fact]
    public void Predict_TextColumnOverride_ReadsThatColumn()
    {
        var input = WriteInput("body.csv", $"id,body\n1,{Sport}\n");

        var (exit, stdout, _) = Run("predict", "--model", fixture.Model, input, "--text-column", "body");

        Assert.Equal(0, exit);
        Assert.Equal("sport", ReadCsv(stdout)[1][2]);
    }

    [Fact]
    public void Predict_MalformedCsvLine_ReportsItsLineAndPredictsTheOthers()
    {
        var input = WriteInput("bad.csv", $"id,text\n1,{Sport}\n2,a stray \"quote\" here\n3,{Weather}\n4,too,many,fields\n");

        var (exit, stdout, stderr) = Run("predict", "--model", fixture.Model, input);

        Assert.Equal(1, exit);
        Assert.Contains($"{input}:3: malformed CSV line", stderr);
        Assert.Contains($"{input}:5: malformed CSV line", stderr);
        var rows = ReadCsv(stdout);
        Assert.Equal(5, rows.Count);
        Assert.Equal(["1", Sport, "sport"], rows[1][..3]);
        Assert.StartsWith("malformed CSV line", rows[2][4]);
        Assert.Equal(["3", Weather, "weather"], rows[3][..3]);
        Assert.NotEqual("", rows[4][4]);
    }

    [Fact]
    public void Predict_RaggedCsvRows_KeepTheirOwnFieldsAndReportTheirLine()
    {
        var input = WriteInput("ragged.csv", $"id,text,source\n1,{Sport},wire\n2,{Weather}\n3,{Sport},wire,extra\n4,{Weather},blog\n");

        var (exit, stdout, stderr) = Run("predict", "--model", fixture.Model, input);

        Assert.Equal(1, exit);
        Assert.Contains($"{input}:3: malformed CSV line (2 fields where the header has 3)", stderr);
        Assert.Contains($"{input}:4: malformed CSV line (4 fields where the header has 3)", stderr);
        var rows = ReadCsv(stdout);
        Assert.Equal(5, rows.Count);
        Assert.Equal(["2", Weather, "", "", ""], rows[2][..5]);
        Assert.Equal(["3", Sport, "wire", "", ""], rows[3][..5]);
        Assert.NotEqual("", rows[2][5]);
        Assert.NotEqual("", rows[3][5]);
        Assert.Equal(["4", Weather, "blog", "weather"], rows[4][..4]);
    }

    [Fact]
    public void Predict_HeaderOnlyCsv_PrintsTheHeaderAndExits0()
    {
        var input = WriteInput("empty.csv", "id,text\n");

        var (exit, stdout, stderr) = Run("predict", "--model", fixture.Model, input);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Equal([["id", "text", "predicted_label", "confidence", "error"]], ReadCsv(stdout));
    }

    [Fact]
    public void Predict_StdinCsvWithUtf8Bom_ReadsTheFirstColumnName()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"text,id\n{Sport},1\n")).ToArray();
        using var stdin = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);

        var (exit, stdout, stderr) = Run(stdin, "predict", "--model", fixture.Model, "--input", "csv");

        Assert.True(exit == 0, stderr);
        Assert.Equal(["text", "id", "predicted_label", "confidence", "error"], ReadCsv(stdout)[0]);
        Assert.Equal("sport", ReadCsv(stdout)[1][2]);
    }

    [Fact]
    public void Predict_MissingModelFolder_ReportsItAndExits1()
    {
        var (exit, _, stderr) = Run("predict", "--model", Path.Combine(fixture.Folder, "nope"), WriteInput("x.csv", "text\nx\n"));

        Assert.Equal(1, exit);
        Assert.Contains("model folder not found", stderr);
    }

    private string WriteInput(string name, string content)
    {
        var path = Path.Combine(fixture.Folder, Guid.NewGuid().ToString("N")[..8] + "-" + name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args) => Run(new StringReader(""), args);

    private static (int Exit, string Stdout, string Stderr) Run(TextReader stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdin, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static List<string[]> ReadCsv(string text)
    {
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { Separator = ',', HasHeader = false });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "").ToArray());
        }

        return rows;
    }
}
