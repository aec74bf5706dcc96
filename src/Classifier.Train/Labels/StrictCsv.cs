using System.Buffers;
using System.Text.Unicode;
using CsvHelper;

namespace Classifier.Train.Labels;

/// <summary>
/// How every training CSV is read: strict UTF-8 (a broken byte is an error, not text), RFC 4180 with
/// a header, malformed quoting and ragged rows rejected, line numbers tracked for messages.
/// </summary>
internal static class StrictCsv
{
    public static CsvReaderOptions Options => new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
    };

    /// <summary>The file's text, without a byte-order mark; unreadable or invalid UTF-8 is a <see cref="LabelFileException"/>.</summary>
    public static string ReadText(string file) => ReadText(file, out _);

    /// <summary>As <see cref="ReadText(string)"/>, also giving the file's bytes (for fingerprints).</summary>
    public static string ReadText(string file, out byte[] bytes)
    {
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LabelFileException(file, 0, e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot read ({e.Message})", e);
        }

        var chars = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out var valid, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            // The line of the first bad byte, so that the message points at it like every other label error.
            var line = bytes.AsSpan(0, valid).Count((byte)'\n') + 1;
            throw new LabelFileException(file, line, $"not valid UTF-8 (byte 0x{bytes[valid]:X2} at offset {valid})");
        }

        var text = chars.AsSpan(0, written);
        return new string(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
    }
}
