using System.Text;

namespace Classifier.Cli.Input;

/// <summary>
/// The one way input bytes become text, for files and standard input alike: a byte-order mark
/// picks UTF-16 or UTF-32 (little or big endian), UTF-8 otherwise; binary data is rejected, and
/// undecodable bytes are replaced with U+FFFD and a warning.
/// </summary>
internal static class TextDecoder
{
    private const int ReadBufferSize = 1 << 16;
    private static readonly UTF8Encoding Utf8 = new(false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(false, throwOnInvalidBytes: false);

    /// <summary>
    /// The decoded text, or null with <paramref name="error"/> set; <paramref name="warning"/> is set
    /// when bytes were replaced. A leading byte-order mark stays in the text as U+FEFF, so that
    /// character offsets are those of the whole input (the segmenter never puts it in a segment).
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error, out string? warning)
    {
        warning = null;
        error = null;
        var wide = WideEncoding(bytes);
        if (wide is null && bytes.IndexOf((byte)0) >= 0)
        {
            error = "binary data (NUL bytes), not a text article; skipped";
            return null;
        }

        var (strict, name) = wide ?? (Utf8, "UTF-8");
        string text;
        try
        {
            text = strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            warning = $"invalid {name}; undecodable bytes replaced with U+FFFD";
            text = Lenient(strict).GetString(bytes);
        }

        if (wide is not null && text.Contains('\0', StringComparison.Ordinal))
        {
            warning = null;
            error = "binary data (NUL characters), not a text article; skipped";
            return null;
        }

        return text;
    }

    /// <summary>
    /// A reader of <paramref name="stream"/> as text for line-by-line formats (JSON Lines, CSV): the
    /// encoding from its byte-order mark (which is dropped), UTF-8 otherwise, invalid bytes as U+FFFD.
    /// </summary>
    public static StreamReader OpenReader(Stream stream) =>
        new(stream, LenientUtf8, detectEncodingFromByteOrderMarks: true, ReadBufferSize, leaveOpen: false);

    /// <summary>The UTF-16 or UTF-32 encoding (throwing on invalid data) that a byte-order mark at the start names, or null.</summary>
    private static (Encoding Encoding, string Name)? WideEncoding(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true), "UTF-32"),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true), "UTF-32"),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), "UTF-16"),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), "UTF-16"),
        _ => null,
    };

    private static Encoding Lenient(Encoding strict) => strict switch
    {
        UTF32Encoding => new UTF32Encoding(strict.CodePage == 12001, byteOrderMark: true, throwOnInvalidCharacters: false),
        UnicodeEncoding => new UnicodeEncoding(strict.CodePage == 1201, byteOrderMark: true, throwOnInvalidBytes: false),
        _ => LenientUtf8,
    };
}
