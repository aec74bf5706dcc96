using System.Text;
using System.Text.Json;

namespace Classifier.Cli.Input;

/// <summary>
/// Turns the command's PATH arguments into a stream of records, one at a time: text files, HTML
/// pages (<see cref="HtmlFiles"/>), folders of them (<c>*.txt</c>, or <c>*.jsonl</c> with
/// <c>--input jsonl</c>, and HTML pages), JSON Lines files, or standard input. A bad input becomes an error record;
/// it never stops the stream. Files and standard input are decoded alike (<see cref="TextDecoder"/>);
/// sizes are counted in bytes, as <c>--max-bytes</c> is: a text article's bytes as stored, a JSON
/// Lines record's line in UTF-8.
/// </summary>
internal sealed class ArticleSource(InputFormat format, long maxBytes, TextReader stdin, Action<string> warn)
{
    private const string StdinName = "-";
    private const int ReadBufferSize = 1 << 16;

    /// <summary>The id of the record read from standard input.</summary>
    private const string StdinId = "stdin";

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
        if (format == InputFormat.Jsonl || paths.Count == 0 || paths.Contains(StdinName))
        {
            return null;
        }

        try
        {
            return paths.Sum(p => Directory.Exists(p) ? Patterns.Sum(pattern => Directory.EnumerateFiles(p, pattern).LongCount()) : 1L);
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
            return format switch
            {
                InputFormat.Jsonl => ReadJsonl(StandardInput.Lines(stdin), StdinId),
                InputFormat.Html => [ReadStdinHtml()],
                _ => [ReadStdinText()],
            };
        }

        if (Directory.Exists(path))
        {
            return ReadFolder(path);
        }

        if (!File.Exists(path))
        {
            return [Error(Path.GetFileName(path), path, "no such file or folder")];
        }

        return ReadFile(path, listed: false);
    }

    private IEnumerable<InputRecord> ReadFolder(string folder)
    {
        string[] files;
        try
        {
            files = [.. Patterns.SelectMany(pattern => Directory.EnumerateFiles(folder, pattern)).Distinct().Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Error(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), folder, $"cannot list the folder: {e.Message}")];
        }

        return ReadFiles(files);
    }

    private IEnumerable<InputRecord> ReadFiles(string[] files)
    {
        foreach (var file in files)
        {
            foreach (var record in ReadFile(file, listed: true))
            {
                yield return record;
            }
        }
    }

    /// <summary>
    /// The records of one file. Anything but a regular file is never opened (a FIFO would block):
    /// named on the command line it is an error; found in a folder it is skipped with a warning.
    /// </summary>
    private IEnumerable<InputRecord> ReadFile(string path, bool listed)
    {
        if (FileKind.NotRegular(path) is { } kind)
        {
            var problem = $"not a regular file: {kind}; skipped";
            if (listed)
            {
                warn($"{path}: {problem}");
                return [];
            }

            return [Error(Path.GetFileName(path), path, problem)];
        }

        if (format == InputFormat.Html || HtmlFiles.Matches(path))
        {
            return [ReadHtmlFile(path)];
        }

        return format == InputFormat.Jsonl ? ReadJsonlFile(path) : [ReadTextFile(path)];
    }

    /// <summary>The file names a folder is read for: the format's own, and HTML pages with any format.</summary>
    private string[] Patterns => format switch
    {
        InputFormat.Jsonl => ["*.jsonl", .. HtmlFiles.Patterns],
        InputFormat.Html => HtmlFiles.Patterns,
        _ => ["*.txt", .. HtmlFiles.Patterns],
    };

    /// <summary>An HTML page's bytes, read whole (its size checked first); decoded and parsed where it is tagged.</summary>
    private InputRecord ReadHtmlFile(string path) =>
        ReadWholeFile(path, (id, bytes) => HtmlRecord(id, new HtmlInput(bytes, null, null, maxBytes), path, 0));

    private InputRecord ReadStdinHtml() => ReadWholeStdin(
        markup => HtmlRecord(StdinId, new HtmlInput(null, markup, null, maxBytes), StdinId, 0),
        bytes => HtmlRecord(StdinId, new HtmlInput(bytes, null, null, maxBytes), StdinId, 0));

    private InputRecord ReadTextFile(string path) => ReadWholeFile(path, (id, bytes) => FromBytes(id, path, bytes));

    private InputRecord ReadStdinText() => ReadWholeStdin(text => Record(StdinId, text, StdinId, 0), bytes => FromBytes(StdinId, StdinId, bytes));

    /// <summary>One file read whole into a record by <paramref name="make"/> (id, bytes), its size checked before it is read.</summary>
    private InputRecord ReadWholeFile(string path, Func<string, byte[], InputRecord> make)
    {
        var id = Path.GetFileName(path);
        try
        {
            var length = new FileInfo(path).Length;
            return length > maxBytes ? Error(id, path, TooLarge("", length)) : make(id, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Error(id, path, $"cannot read: {e.Message}");
        }
    }

    /// <summary>
    /// Standard input read whole into one record: from its bytes when it has them (<paramref name="fromBytes"/>,
    /// reading no more than the size limit keeps), else from its text (<paramref name="fromText"/>).
    /// </summary>
    private InputRecord ReadWholeStdin(Func<string, InputRecord> fromText, Func<byte[], InputRecord> fromBytes)
    {
        if (StandardInput.Bytes(stdin) is not { } stream)
        {
            var text = stdin.ReadToEnd();
            var bytes = Encoding.UTF8.GetByteCount(text);
            return bytes > maxBytes ? Error(StdinId, StdinId, TooLarge("", bytes)) : fromText(text);
        }

        try
        {
            var content = ReadAtMost(stream, out var total);
            return content is null ? Error(StdinId, StdinId, TooLarge("", total)) : fromBytes(content);
        }
        catch (IOException e)
        {
            return Error(StdinId, StdinId, $"cannot read: {e.Message}");
        }
    }

    /// <summary>All of <paramref name="stream"/>, or null when it holds more than the size limit (then only counted, into <paramref name="total"/>, not kept).</summary>
    private byte[]? ReadAtMost(Stream stream, out long total)
    {
        var kept = new MemoryStream();
        var buffer = new byte[ReadBufferSize];
        total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            total += read;
            if (total <= maxBytes)
            {
                kept.Write(buffer, 0, read);
            }
        }

        return total <= maxBytes ? kept.ToArray() : null;
    }

    private InputRecord FromBytes(string id, string origin, byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes, out var error, out var warning);
        if (warning is not null)
        {
            warn($"{origin}: {warning}");
        }

        return text is null ? Error(id, origin, error!) : Record(id, text, origin, 0);
    }

    private IEnumerable<InputRecord> ReadJsonlFile(string path)
    {
        StreamReader reader;
        try
        {
            reader = TextDecoder.OpenReader(File.OpenRead(path));
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
        var lines = new JsonLineReader(reader, maxBytes);
        while (true)
        {
            JsonLine? line;
            string? failure = null;
            try
            {
                line = lines.Next();
            }
            catch (IOException e)
            {
                line = null;
                failure = $"cannot read further: {e.Message}";
            }

            if (failure is not null)
            {
                yield return Error(Path.GetFileName(origin), origin, failure);
            }

            if (line is null)
            {
                yield break;
            }

            if (line.Text is null)
            {
                yield return Error(line.OversizeId ?? FallbackId(origin, line.Number), origin, TooLarge("record of ", line.Bytes), line.Number);
            }
            else if (!string.IsNullOrWhiteSpace(line.Text))
            {
                yield return ParseJsonLine(line.Text, origin, line.Number);
            }
        }
    }

    private InputRecord ParseJsonLine(string raw, string origin, long line)
    {
        var fallbackId = FallbackId(origin, line);
        try
        {
            using var doc = JsonDocument.Parse(raw);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Error(fallbackId, origin, "not a JSON object", line);
            }

            var id = doc.RootElement.TryGetProperty("id", out var idValue) ? IdText(idValue) ?? fallbackId : fallbackId;
            if (doc.RootElement.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String)
            {
                var url = doc.RootElement.TryGetProperty("url", out var urlValue) && urlValue.ValueKind == JsonValueKind.String ? urlValue.GetString() : null;
                return HtmlRecord(id, new HtmlInput(null, html.GetString()!, url, maxBytes), origin, line);
            }

            if (!doc.RootElement.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return Error(id, origin, "no \"text\" (or \"html\") string in the record", line);
            }

            return Record(id, text.GetString()!, origin, line);
        }
        catch (JsonException e)
        {
            return Error(fallbackId, origin, $"malformed JSON ({e.Message.Split('.')[0]})", line);
        }
    }

    /// <summary>The id of a record that has none of its own: where it is, <c>file:line</c>.</summary>
    private static string FallbackId(string origin, long line) => $"{Path.GetFileName(origin)}:{line}";

    private string TooLarge(string what, long bytes) =>
        $"{what}{bytes:N0} bytes exceeds the size limit of {maxBytes:N0} bytes (raise it with --max-bytes)";

    private static string? IdText(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.String => id.GetString(),
        JsonValueKind.Number => id.GetRawText(),
        _ => null,
    };

    private InputRecord Record(string id, string text, string origin, long line) => new(_sequence++, id, text, null, origin, line);

    private InputRecord HtmlRecord(string id, HtmlInput html, string origin, long line) => new(_sequence++, id, null, null, origin, line) { Html = html };

    private InputRecord Error(string id, string origin, string error, long line = 0) => new(_sequence++, id, null, error, origin, line);
}
