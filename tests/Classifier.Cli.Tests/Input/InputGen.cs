using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Classifier.Cli.Tests.Input;

/// <summary>Generators for the input readers' property tests: article-like text, and bytes that are mostly nearly valid.</summary>
internal static class InputGen
{
    /// <summary>Characters that readers treat specially, with plain and wide ones (a surrogate pair among them, whole).</summary>
    private static readonly string[] Pieces =
    [
        "a", "Z", "é", "Ж", "“", "😀", " ", "\t", "\n", "\r\n", "\r", "\uFEFF", "\u2028", "\"", "\\", ",", "{", "}", ":", "[", "]", "1", "-",
        "{\"id\":\"x\",\"text\":\"y\"}", "id", "text",
    ];

    /// <summary>Text of the pieces above: always valid UTF-16 (no lone surrogate), never a NUL.</summary>
    public static Arbitrary<string> Text() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    /// <summary>Bytes: random ones, or the text above encoded in some way with random damage, with or without a byte-order mark.</summary>
    public static Arbitrary<byte[]> Bytes()
    {
        Encoding[] encodings = [new UTF8Encoding(true), new UTF8Encoding(false), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UTF32Encoding(false, true), new UTF32Encoding(true, true)];
        var random = ArbMap.Default.GeneratorFor<byte[]>();
        var encoded =
            from text in Text().Generator
            from encoding in Gen.Elements(encodings)
            from withBom in Gen.Elements(true, false)
            from damage in Gen.Choose(0, 255).Two().ListOf()
            select Damage([.. (withBom ? encoding.GetPreamble() : []), .. encoding.GetBytes(text)], damage);
        return Gen.OneOf(random, encoded).ToArbitrary();
    }

    private static byte[] Damage(byte[] bytes, IEnumerable<(int Where, int Value)> damage)
    {
        foreach (var (where, value) in damage.Where(_ => bytes.Length > 0))
        {
            bytes[where % bytes.Length] = (byte)value;
        }

        return bytes;
    }

    /// <summary>A reader of <paramref name="bytes"/> as the console gives standard input: undecoded.</summary>
    public static StreamReader Stdin(byte[] bytes) =>
        new(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
}
