using System.Text;
using System.Text.Json;
using Classifier.Cli.Input;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Classifier.Cli.Tests.Input;

public sealed class JsonLinesPropertyTests
{
    private const int Runs = 2000;
    private const int FileRuns = 300;

    [Property(MaxTest = Runs)]
    public Property JsonLineReader_AnyText_LinesAreTheInputsSplitAtLineFeedsWithUtf8Sizes() =>
        Prop.ForAll(InputGen.Text(), text =>
        {
            var expected = text.Split('\n').ToList();
            if (expected[^1].Length == 0)
            {
                expected.RemoveAt(expected.Count - 1);
            }

            expected = [.. expected.Select(l => l.EndsWith('\r') ? l[..^1] : l)];
            var lines = ReadAll(new JsonLineReader(new StringReader(text), long.MaxValue));
            return lines.Select(l => l.Text!).SequenceEqual(expected)
                && lines.All(l => l.Bytes == Encoding.UTF8.GetByteCount(l.Text!))
                && lines.Select(l => l.Number).SequenceEqual(Enumerable.Range(1, expected.Count).Select(n => (long)n));
        });

    [Property(MaxTest = Runs)]
    public Property JsonLineReader_RecordOverLimit_NotKeptButSizedAndItsIdFound() =>
        Prop.ForAll(InputGen.Text(), InputGen.Text(), Gen.Choose(0, 3).ToArbitrary(), (id, text, shape) =>
        {
            var (idFirst, numericId) = ((shape & 1) != 0, (shape & 2) != 0);
            object idValue = numericId ? id.Length : id;
            var record = idFirst
                ? JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = idValue, ["nested"] = new { id = "not this one" }, ["text"] = text + new string('x', 20) })
                : JsonSerializer.Serialize(new Dictionary<string, object> { ["nested"] = new[] { new { id = "not this one" } }, ["text"] = text + new string('x', 20), ["id"] = idValue });
            var line = new JsonLineReader(new StringReader(record + "\n"), 16).Next()!;
            return line.Text is null && line.Bytes == Encoding.UTF8.GetByteCount(record) && line.OversizeId == (numericId ? id.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : id);
        });

    [Property(MaxTest = Runs)]
    public Property JsonIdScanner_AnyText_NeverThrows() =>
        Prop.ForAll(InputGen.Text(), text =>
        {
            var scanner = new JsonIdScanner();
            scanner.Feed(text);
            scanner.End();
            return scanner.Id is null || scanner.Id.Length <= text.Length;
        });

    [Property(MaxTest = FileRuns)]
    public Property ArticleSource_AnyJsonlBytes_EveryRecordTextOrErrorAndStdinSameAsFile() =>
        Prop.ForAll(InputGen.Bytes(), bytes =>
        {
            using var folder = new TempFolder("classifier-jsonl-fuzz");
            var file = folder.Combine("a.jsonl");
            File.WriteAllBytes(file, bytes);
            var fromStdin = new ArticleSource(InputFormat.Jsonl, 64, InputGen.Stdin(bytes), _ => { }).Read([]).ToArray();
            var fromFile = new ArticleSource(InputFormat.Jsonl, 64, new StringReader(""), _ => { }).Read([file]).ToArray();
            return fromFile.All(r => (r.Text is null) == (r.Error is not null) && r.Line > 0)
                && fromStdin.Select(r => (r.Id.Replace("stdin", "a.jsonl", StringComparison.Ordinal), r.Text, r.Line)).SequenceEqual(fromFile.Select(r => (r.Id, r.Text, r.Line)));
        });

    private static List<JsonLine> ReadAll(JsonLineReader reader)
    {
        var lines = new List<JsonLine>();
        while (reader.Next() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
