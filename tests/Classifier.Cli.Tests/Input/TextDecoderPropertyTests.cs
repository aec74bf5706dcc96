using System.Text;
using Classifier.Cli.Input;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Classifier.Cli.Tests.Input;

public sealed class TextDecoderPropertyTests
{
    private const int Runs = 2000;
    private const int FileRuns = 300;

    private static readonly Encoding[] WithBom =
        [new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UTF32Encoding(false, true), new UTF32Encoding(true, true)];

    [Property(MaxTest = Runs)]
    public Property Decode_AnyBytes_TextOrErrorNeverBoth() =>
        Prop.ForAll(InputGen.Bytes(), bytes =>
        {
            var text = TextDecoder.Decode(bytes, out var error, out var warning);
            return (text is null) == (error is not null) && (warning is null || text is not null) && (text is null || !text.Contains('\0', StringComparison.Ordinal));
        });

    [Property(MaxTest = Runs)]
    public Property Decode_TextWithByteOrderMark_SameTextInEveryEncoding() =>
        Prop.ForAll(InputGen.Text(), Gen.Elements(WithBom).ToArbitrary(), (text, encoding) =>
        {
            var decoded = TextDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(text)], out var error, out var warning);
            return decoded == "\uFEFF" + text && error is null && warning is null;
        });

    [Property(MaxTest = Runs)]
    public Property Decode_Utf8WithoutMark_ExactText() =>
        Prop.ForAll(InputGen.Text(), text => TextDecoder.Decode(Encoding.UTF8.GetBytes(text), out _, out _) == text);

    [Property(MaxTest = FileRuns)]
    public Property ArticleSource_AnyBytesOnStdinOrInAFile_OneRecordTextOrError() =>
        Prop.ForAll(InputGen.Bytes(), bytes =>
        {
            using var folder = new TempFolder("classifier-text-fuzz");
            var file = folder.Combine("a.txt");
            File.WriteAllBytes(file, bytes);
            var fromStdin = new ArticleSource(InputFormat.Text, 1 << 20, InputGen.Stdin(bytes), _ => { }).Read([]).ToArray();
            var fromFile = new ArticleSource(InputFormat.Text, 1 << 20, new StringReader(""), _ => { }).Read([file]).ToArray();
            return fromStdin.Length == 1 && fromFile.Length == 1 && fromStdin[0].Text == fromFile[0].Text && (fromFile[0].Text is null) == (fromFile[0].Error is not null);
        });
}
