using System.IO.Compression;
using System.Text;
using Classifier.Runtime.Html;

namespace Classifier.Runtime.Tests.Html;

public sealed class HtmlBytesTests
{
    static HtmlBytesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Read_MetaCharset_DecodesThatCharset()
    {
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes("<meta charset=\"windows-1252\"><p>Caf\u00e9 \u2014 na\u00efve</p>");

        Assert.Equal("Caf\u00e9 \u2014 na\u00efve", HtmlReader.Read(bytes).Segments.Single().Text);
    }

    [Fact]
    public void Read_HttpEquivCharset_DecodesThatCharset()
    {
        var bytes = Encoding.GetEncoding("iso-8859-2").GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"><p>\u0141\u00f3d\u017a</p>");

        Assert.Equal("\u0141\u00f3d\u017a", HtmlReader.Read(bytes).Segments.Single().Text);
    }

    [Fact]
    public void Read_Utf16WithByteOrderMark_Decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<p>\u65e5\u672c\u8a9e</p>")).ToArray();

        Assert.Equal("\u65e5\u672c\u8a9e", HtmlReader.Read(bytes).Segments.Single().Text);
    }

    [Fact]
    public void Read_ByteOrderMarkOverridesMeta()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<meta charset=iso-8859-1><p>\u00fcber</p>")).ToArray();

        Assert.Equal("\u00fcber", HtmlReader.Read(bytes).Segments.Single().Text);
    }

    [Fact]
    public void Decode_InvalidUtf8_ReplacedWithAWarning()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>ok ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(" end</p>")).ToArray();

        var text = HtmlReader.Decode(bytes, HtmlReader.DefaultMaxBytes, out var warning);

        Assert.Contains('\uFFFD', text);
        Assert.Contains("invalid UTF-8", warning);
    }

    [Fact]
    public void Read_Gzip_Unpacked()
    {
        Assert.Equal("Packed", HtmlReader.Read(Gzip(Encoding.UTF8.GetBytes("<p>Packed</p>"))).Segments.Single().Text);
    }

    [Fact]
    public void Read_GzipUnpackingPastTheLimit_Refused()
    {
        var bomb = Gzip(new byte[2_000_000]);

        var e = Assert.Throws<HtmlReadException>(() => HtmlReader.Read(bomb, maxBytes: 1_000_000));

        Assert.Contains("size limit", e.Message);
    }

    [Fact]
    public void Read_BrokenGzip_Refused()
    {
        var broken = Gzip(Encoding.UTF8.GetBytes(new string('x', 5000)))[..20];

        Assert.Contains("gzip", Assert.Throws<HtmlReadException>(() => HtmlReader.Read(broken)).Message);
    }

    [Fact]
    public void Read_BinaryData_Refused()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };

        Assert.Contains("binary", Assert.Throws<HtmlReadException>(() => HtmlReader.Read(png)).Message);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
