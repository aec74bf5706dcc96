namespace Classifier.Cli.Input;

/// <summary>
/// Standard input as the readers take it. Given a <see cref="StreamReader"/> (the console's, as
/// <c>Program</c> opens it) nothing has been decoded yet, so its bytes are decoded exactly as a
/// file's are; any other reader (a test's string) is text already.
/// </summary>
internal static class StandardInput
{
    /// <summary>The raw bytes behind <paramref name="stdin"/>, or null when it is text already.</summary>
    public static Stream? Bytes(TextReader stdin) => stdin is StreamReader reader ? reader.BaseStream : null;

    /// <summary>A reader of <paramref name="stdin"/> for line formats (JSON Lines, CSV), without a byte-order mark.</summary>
    public static TextReader Lines(TextReader stdin)
    {
        if (Bytes(stdin) is { } bytes)
        {
            return TextDecoder.OpenReader(bytes);
        }

        if (stdin.Peek() == '\uFEFF')
        {
            stdin.Read();
        }

        return stdin;
    }
}
