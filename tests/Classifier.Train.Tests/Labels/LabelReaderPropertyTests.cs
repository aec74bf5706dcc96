using System.Text;
using Classifier.Train.Labels;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Classifier.Train.Tests.Labels;

/// <summary>Whatever bytes a label file holds, reading it gives labels or a <c>file:line:</c> error, never a crash.</summary>
public sealed class LabelReaderPropertyTests
{
    private const int Runs = 400;

    private static readonly string[] Headers =
        ["article,index,text,label", "article,index,speaker,channel,stance,quote", "article,text", "", "\uFEFFarticle,index,text,label"];

    private static readonly string[] Cells =
        ["a-1", "a-2", "0", "1", "2", "-1", "x", "heading", "news-report", "Council backs plan", "spoken", "social", "support", "oppose", "@ann", "", " ", "\"", "\"\"", "\"q,\"", "é", "😀"];

    private static readonly string[] Breaks = ["\n", "\r\n", "\r", ",", ",,"];

    /// <summary>CSV-like text from label-file pieces (sometimes valid), encoded as UTF-8 and sometimes damaged, or random bytes.</summary>
    private static Arbitrary<byte[]> LabelFileBytes()
    {
        var row = Gen.OneOf(Gen.Elements(Cells), Gen.Elements(Breaks)).ListOf().Select(parts => string.Concat(parts));
        var csv =
            from header in Gen.Elements(Headers)
            from rows in row.ListOf()
            from damage in Gen.Choose(0, 255).Two().ListOf()
            select Damage(Encoding.UTF8.GetBytes(header + "\n" + string.Join('\n', rows)), damage);
        return Gen.OneOf(csv, csv, ArbMap.Default.GeneratorFor<byte[]>()).ToArbitrary();
    }

    [Property(MaxTest = Runs)]
    public Property ReadFolder_AnyBytes_LabelsOrAnErrorNamingFileAndLine() =>
        Prop.ForAll(LabelFileBytes(), bytes =>
        {
            using var folder = new TempFolder("classifier-label-fuzz");
            var file = folder.Combine("segments.csv");
            File.WriteAllBytes(file, bytes);
            try
            {
                return LabelReader.ReadFolder(folder.Path).Articles.All(a => a.Segments.Count > 0);
            }
            catch (LabelFileException e)
            {
                Assert.True(e.File == file && e.Line >= 1 && e.Message.StartsWith($"{file}:{e.Line}: ", StringComparison.Ordinal), e.Message);
                return true;
            }
        });

    private static byte[] Damage(byte[] bytes, IEnumerable<(int Where, int Value)> damage)
    {
        foreach (var (where, value) in damage.Where(_ => bytes.Length > 0))
        {
            bytes[where % bytes.Length] = (byte)value;
        }

        return bytes;
    }
}
