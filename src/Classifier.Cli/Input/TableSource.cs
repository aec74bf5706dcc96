using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;

namespace Classifier.Cli.Input;

/// <summary>
/// Streams the rows of CSV and JSON Lines inputs one at a time, for <c>classify predict</c>. The
/// format of a file comes from its extension (<c>.csv</c>, <c>.jsonl</c>/<c>.ndjson</c>) or from
/// <c>--input</c>; standard input needs <c>--input</c>. A malformed row becomes an error row
/// with its line number and the stream goes on; a file that cannot be read at all is reported
/// through <paramref name="fileError"/>, and so is a CSV file whose header lacks one of
/// <paramref name="requiredColumns"/>. A CSV header is passed to <paramref name="columns"/> as
/// soon as it is read, so that a file of no rows still gives its header. Files and standard input
/// are decoded alike (<see cref="TextDecoder.OpenReader"/>).
/// </summary>
internal sealed class TableSource(TableFormat? format, IReadOnlyList<string> requiredColumns, TextReader stdin, Action<string> fileError, Action<IReadOnlyList<string>> columns)
{
    private const string StdinName = "-";

    /// <summary>The format a path is read in, or null when neither its extension nor <c>--input</c> tells.</summary>
    public TableFormat? FormatOf(string path)
    {
        if (format is not null)
        {
            return format;
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => TableFormat.Csv,
            ".jsonl" or ".ndjson" => TableFormat.Jsonl,
            _ => null,
        };
    }

    /// <summary>The rows of one path ("-" is standard input).</summary>
    public IEnumerable<TableRow> Read(string path)
    {
        var origin = path == StdinName ? "stdin" : path;
        var pathFormat = FormatOf(path);
        if (pathFormat is null)
        {
            fileError($"{origin}: cannot tell the format from the extension; use --input csv|jsonl");
            return [];
        }

        TextReader reader;
        if (path == StdinName)
        {
            reader = StandardInput.Lines(stdin);
        }
        else if (FileKind.NotRegular(path) is { } kind)
        {
            fileError($"{origin}: not a regular file: {kind}; skipped");
            return [];
        }
        else
        {
            try
            {
                reader = TextDecoder.OpenReader(File.OpenRead(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                fileError($"{origin}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"cannot read: {e.Message}")}");
                return [];
            }
        }

        return pathFormat == TableFormat.Csv ? ReadCsv(reader, origin, path != StdinName) : ReadJsonl(reader, origin, path != StdinName);
    }

    private IEnumerable<TableRow> ReadCsv(TextReader reader, string origin, bool owned)
    {
        var malformed = new Queue<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            // A row with too few or too many fields keeps the fields it has (its id, say) and is reported.
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = malformed.Enqueue,
        };
        using var csv = CsvReader.Create(reader, options, leaveOpen: !owned);
        var header = ReadHeader(csv, origin);
        if (header is null)
        {
            yield break;
        }

        var empty = header.Select(_ => (JsonNode?)null).ToArray();
        while (true)
        {
            bool more;
            string? failure = null;
            try
            {
                more = csv.Read();
            }
            catch (CsvFormatException e)
            {
                more = false;
                failure = $"{origin}:{e.LineNumber}: malformed CSV ({e.Message.Split('\n')[0].Trim()}); the rest of the file is skipped";
            }

            while (malformed.TryDequeue(out var bad))
            {
                yield return new TableRow(origin, bad.LineNumber, header, empty, $"malformed CSV line ({Describe(bad.Reason)}); row skipped");
            }

            if (failure is not null)
            {
                fileError(failure);
            }

            if (!more)
            {
                yield break;
            }

            var fields = csv.FieldCount;
            var values = new JsonNode?[header.Length];
            for (var i = 0; i < Math.Min(fields, header.Length); i++)
            {
                values[i] = JsonValue.Create(csv.GetString(i) ?? "");
            }

            var ragged = fields == header.Length ? null : $"malformed CSV line ({fields} fields where the header has {header.Length}); row not predicted";
            yield return new TableRow(origin, csv.LineNumber, header, values, ragged);
        }
    }

    private string[]? ReadHeader(CsvReader csv, string origin)
    {
        string[] header;
        try
        {
            header = [.. csv.Headers];
        }
        catch (CsvFormatException e)
        {
            fileError($"{origin}:{Math.Max(1, e.LineNumber)}: malformed CSV header ({e.Message.Split('\n')[0].Trim()})");
            return null;
        }

        if (header.Length == 0)
        {
            fileError($"{origin}: empty file: a header row is needed");
            return null;
        }

        var missing = requiredColumns.Where(c => !header.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            fileError($"{origin}: no column {string.Join(", ", missing.Select(m => $"'{m}'"))} (the columns are {string.Join(", ", header)}); name the text column with --text-column");
            return null;
        }

        columns(header);
        return header;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes",
        _ => reason.ToString(),
    };

    private static IEnumerable<TableRow> ReadJsonl(TextReader reader, string origin, bool owned)
    {
        try
        {
            long line = 0;
            while (reader.ReadLine() is { } raw)
            {
                line++;
                if (!string.IsNullOrWhiteSpace(raw))
                {
                    yield return ParseJsonLine(raw, origin, line);
                }
            }
        }
        finally
        {
            if (owned)
            {
                reader.Dispose();
            }
        }
    }

    private static TableRow ParseJsonLine(string raw, string origin, long line)
    {
        try
        {
            if (JsonNode.Parse(raw) is not JsonObject obj)
            {
                return new TableRow(origin, line, [], [], "not a JSON object");
            }

            var columns = new List<string>(obj.Count);
            var values = new List<JsonNode?>(obj.Count);
            foreach (var (name, value) in obj.ToArray())
            {
                obj.Remove(name);
                columns.Add(name);
                values.Add(value);
            }

            return new TableRow(origin, line, columns, values, null);
        }
        catch (JsonException e)
        {
            return new TableRow(origin, line, [], [], $"malformed JSON ({e.Message.Split('.')[0]})");
        }
    }
}
