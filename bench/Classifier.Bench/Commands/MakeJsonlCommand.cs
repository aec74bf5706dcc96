using System.CommandLine;
using System.Text.Json;

namespace Classifier.Bench.Commands;

/// <summary><c>make-jsonl</c>: a large JSON Lines batch of real pages, the development pages repeated under new ids.</summary>
internal static class MakeJsonlCommand
{
    public static Command Create()
    {
        var pages = new Option<string>("--pages") { Description = "Folder of page *.txt files.", DefaultValueFactory = _ => RepoPaths.DefaultPagesDirectory };
        var count = new Option<long>("--count") { Description = "Articles to write (0: use --bytes).", DefaultValueFactory = _ => 20_000 };
        var bytes = new Option<long>("--bytes") { Description = "Stop once this many bytes are written (with --count 0).", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--out") { Description = "File to write.", Required = true };
        var command = new Command("make-jsonl", "Writes a JSON Lines batch ({\"id\",\"text\"}) of the development pages repeated under new ids.")
        {
            pages, count, bytes, output,
        };
        command.SetAction(parse =>
        {
            var texts = Directory.EnumerateFiles(parse.GetValue(pages)!, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
            var limit = parse.GetValue(count);
            var maxBytes = parse.GetValue(bytes);
            using var stream = new FileStream(parse.GetValue(output)!, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            long written = 0;
            for (long i = 0; limit > 0 ? i < limit : stream.Position < maxBytes; i++)
            {
                json.WriteStartObject();
                json.WriteString("id", $"page-{i:D8}");
                json.WriteString("text", texts[i % texts.Length]);
                json.WriteEndObject();
                json.Flush();
                stream.WriteByte((byte)'\n');
                json.Reset();
                written++;
            }

            Console.Error.WriteLine($"Wrote {written:N0} articles ({stream.Position:N0} bytes).");
            return ExitCodes.Success;
        });
        return command;
    }
}
