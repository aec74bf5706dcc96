using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Classifier.Runtime.Html;

/// <summary>
/// Turns a page's bytes into its text: gzip is unpacked (up to a size limit, so a small file
/// cannot unpack into gigabytes), the encoding is the byte-order mark's, else the one a
/// <c>meta</c> in the first 1,024 bytes declares, else UTF-8; undecodable bytes become U+FFFD
/// with a warning. Bytes that are plainly not text (NUL bytes in an 8-bit encoding) are refused.
/// </summary>
internal static partial class HtmlBytes
{
    private const int SniffLength = 1024;
    private const int BinaryProbeLength = 8192;

    static HtmlBytes() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <exception cref="HtmlReadException">Binary data, a broken gzip stream, or more than <paramref name="maxBytes"/> once unpacked.</exception>
    public static string Decode(byte[] bytes, long maxBytes, out string? warning)
    {
        if (bytes is [0x1F, 0x8B, ..])
        {
            bytes = Gunzip(bytes, maxBytes);
        }
        else if (bytes.Length > maxBytes)
        {
            throw new HtmlReadException($"{bytes.Length:N0} bytes exceeds the size limit of {maxBytes:N0} bytes (raise it with --max-bytes)");
        }

        var (encoding, name) = FromByteOrderMark(bytes) ?? FromMeta(bytes) ?? (new UTF8Encoding(false), "UTF-8");
        warning = null;
        if (encoding.IsSingleByte || encoding is UTF8Encoding)
        {
            var probe = bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeLength));
            if (probe.IndexOf((byte)0) >= 0)
            {
                throw new HtmlReadException("binary data (NUL bytes), not an HTML page");
            }
        }

        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            warning = $"invalid {name}; undecodable bytes replaced with U+FFFD";
            var lenient = (Encoding)encoding.Clone();
            lenient.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
            return lenient.GetString(bytes);
        }
    }

    private static byte[] Gunzip(byte[] bytes, long maxBytes)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[1 << 16];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > maxBytes)
                {
                    throw new HtmlReadException($"unpacks to more than the size limit of {maxBytes:N0} bytes (raise it with --max-bytes)");
                }
            }

            // GZipStream ends quietly at a cut-off stream; the trailer's size (mod 2^32) tells.
            if (bytes.Length < 18 || System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4)) != (uint)output.Length)
            {
                throw new HtmlReadException("broken gzip data (cut off, or not what its trailer says)");
            }

            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new HtmlReadException($"broken gzip data ({e.Message.TrimEnd('.')})");
        }
    }

    private static (Encoding, string)? FromByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), "UTF-8"),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, true), "UTF-32"),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, true), "UTF-32"),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, true), "UTF-16"),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, true), "UTF-16"),
        _ => null,
    };

    private static (Encoding, string)? FromMeta(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, SniffLength));
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var label = match.Groups[1].Value;
        try
        {
            var encoding = Encoding.GetEncoding(label);

            // A page served as UTF-16 would carry a byte-order mark; one that only says so in ASCII is ASCII-compatible (as browsers read it).
            return encoding is UnicodeEncoding or UTF32Encoding ? null : (encoding, encoding.WebName);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
