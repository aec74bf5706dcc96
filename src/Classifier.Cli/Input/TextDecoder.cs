using System.Text;

namespace Classifier.Cli.Input;

/// <summary>Decodes article bytes: rejects binary data, and reads invalid UTF-8 with replacement characters and a warning.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(false, throwOnInvalidBytes: false);

    /// <summary>The decoded text, or null with <paramref name="error"/> set; <paramref name="warning"/> is set when bytes were replaced.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error, out string? warning)
    {
        warning = null;
        if (bytes.IndexOf((byte)0) >= 0)
        {
            error = "binary data (NUL bytes), not a text article; skipped";
            return null;
        }

        error = null;
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            warning = "invalid UTF-8; undecodable bytes replaced with U+FFFD";
            return Lenient.GetString(bytes);
        }
    }
}
