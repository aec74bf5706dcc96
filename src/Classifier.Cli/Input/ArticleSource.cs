using System.Text;
using System.Text.Json;

namespace Classifier.Cli.Input;

/// <summary>
/// Turns the command's PATH arguments into a stream of records, one at a time: text files, folders
/// of <c>*.txt</c>, JSON Lines files, or standard input. A bad input becomes an error record;
/// it never stops the stream.
/// </summary>
internal sealed class ArticleSource(InputFormat format, long maxBytes, TextReader stdin, Action<string> warn)
{
    private const string StdinName = "-";
    private long _sequence;

    public IEnumerable<InputRecord> Read(IReadOnlyList<string> paths)
    {
        var inputs = paths.Count == 0 ? [StdinName] : paths;
        foreach (var path in inputs)
        {
            foreach (var record in ReadPath(path))
            {
                yield return record;
            }
        }
    }

    /// <summary>
    /// How many records <see cref="Read"/> will give, when cheap to know (text files and folders of
    /// them, for the progress display's time left); null for JSON Lines and standard input.
    /// </summary>
    public long? Total(IReadOnlyList<string> paths)
    {
        if (format != InputFormat.Text || paths.Count == 0 || paths.Contains(StdinName))
        {
            return null;
        }

        try
        {
            return paths.Sum(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*.txt").LongCount() : 1L);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private IEnumerable<InputRecord> ReadPath(string path)
    {
        if (path == StdinName)
        {
            return format == InputFormat.Jsonl ? ReadJsonl(stdin, "stdin") : [ReadStdinText()];
        }

        if (Directory.Exists(path))
        {
            return ReadFolder(path);
        }

        if (!File.Exists(path))
        {
            return [Error(Path.GetFileName(path), path, "no such file or folder")];
        }

        return format == InputFormat.Jsonl ? ReadJsonlFile(path) : [ReadTextFile(path)];
    }

    private IEnumerable<InputRecord> ReadFolder(string folder)
    {
        var pattern = format == InputFormat.Jsonl ? "*.jsonl" : "*.txt";
        foreach (var file in Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal))
        {
            foreach (var record in format == InputFormat.Jsonl ? ReadJsonlFile(file) : [ReadTextFile(file)])
            {
                yield return record;
            }
        }
    }

    private InputRecord ReadTextFile(string path)
    {
        var id = Path.GetFileName(path);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                return Error(id, path, $"{length:N0} bytes exceeds the size limit of {maxBytes:N0} (raise it with --max-bytes)");
            }

            return FromBytes(id, path, 0, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Error(id, path, $"cannot read: {e.Message}");
        }
    }

    private InputRecord ReadStdinText()
    {
        var text = stdin.ReadToEnd();
        return text.Length > maxBytes
            ? Error("stdin", "stdin", $"{text.Length:N0} characters exceeds the size limit of {maxBytes:N0} (raise it with --max-bytes)")
            : Record("stdin", text, "stdin", 0);
    }

    private InputRecord FromBytes(string id, string origin, long line, byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes, out var error, out var warning);
        if (warning is not null)
        {
            warn($"{origin}: {warning}");
        }

        return text is null ? Error(id, origin, error!) : Record(id, text, origin, line);
    }

    private IEnumerable<InputRecord> ReadJsonlFile(string path)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, new UTF8Encoding(false, false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Error(Path.GetFileName(path), path, $"cannot read: {e.Message}")];
        }

        return ReadJsonlOwned(reader, path);
    }

    private IEnumerable<InputRecord> ReadJsonlOwned(StreamReader reader, string origin)
    {
        using (reader)
        {
            foreach (var record in ReadJsonl(reader, origin))
            {
                yield return record;
            }
        }
    }

    private IEnumerable<InputRecord> ReadJsonl(TextReader reader, string origin)
    {
        long line = 0;
        while (reader.ReadLine() is { } raw)
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            yield return ParseJsonLine(raw, origin, line);
        }
    }

    private InputRecord ParseJsonLine(string raw, string origin, long line)
    {
        var fallbackId = $"{Path.GetFileName(origin)}:{line}";
        if (raw.Length > maxBytes)
        {
            return Error(fallbackId, origin, $"record of {raw.Length:N0} characters exceeds the size limit of {maxBytes:N0} (raise it with --max-bytes)", line);
        }

        try
        {
            using var doc = JsonDocument.Parse(raw);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Error(fallbackId, origin, "not a JSON object", line);
            }

            var id = doc.RootElement.TryGetProperty("id", out var idValue) ? IdText(idValue) ?? fallbackId : fallbackId;
            if (!doc.RootElement.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return Error(id, origin, "no \"text\" string in the record", line);
            }

            return Record(id, text.GetString()!, origin, line);
        }
        catch (JsonException e)
        {
            return Error(fallbackId, origin, $"malformed JSON ({e.Message.Split('.')[0]})", line);
        }
    }

    private static string? IdText(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.String => id.GetString(),
        JsonValueKind.Number => id.GetRawText(),
        _ => null,
    };

    private InputRecord Record(string id, string text, string origin, long line) => new(_sequence++, id, text, null, origin, line);

    private InputRecord Error(string id, string origin, string error, long line = 0) => new(_sequence++, id, null, error, origin, line);
}
