using Classifier.Train.Labels;

namespace Classifier.Train.Tests.Labels;

public sealed class LabelReaderTests : IDisposable
{
    private readonly TempFolder _temp = new("classifier-label-reader");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ReadFolder_MultiLineQuotedCellAndEscapedQuotes_ReadExactly()
    {
        File.WriteAllText(
            _temp.Combine("segments.csv"),
            "article,index,text,label\n" +
            "a-1,0,\"He said \"\"no\"\", twice.\",news-report\n" +
            "a-1,1,\"First line\nsecond line, with a comma\",news-report\n" +
            "a-1,2,Plain,heading\n");
        File.WriteAllText(
            _temp.Combine("quotes.csv"),
            "article,index,speaker,channel,stance,quote\n" +
            "a-1,0,\"Doe, Jane\",spoken,oppose,\"\"\"no\"\"\"\n");

        var corpus = LabelReader.ReadFolder(_temp.Path);

        var segments = Assert.Single(corpus.Articles).Segments;
        Assert.Equal("He said \"no\", twice.", segments[0].Text);
        Assert.Equal("First line\nsecond line, with a comma", segments[1].Text);
        Assert.Equal("Plain", segments[2].Text);
        var quote = Assert.Single(corpus.Quotes);
        Assert.Equal("Doe, Jane", quote.Speaker);
        Assert.Equal("\"no\"", quote.Quote);
    }

    [Fact]
    public void ReadFolder_ErrorAfterMultiLineCell_ReportsFileLineOfBadRow()
    {
        var file = _temp.Combine("segments.csv");
        File.WriteAllText(
            file,
            "article,index,text,label\n" +
            "a-1,0,\"line one\nline two\nline three\",news-report\n" +
            "a-1,1,\"\",heading\n");

        var e = Assert.Throws<LabelFileException>(() => LabelReader.ReadFolder(_temp.Path));

        Assert.Equal(file, e.File);
        Assert.Equal(5, e.Line);
    }

    [Fact]
    public void ReadFolder_CrLfFile_ReadsSameAsLf()
    {
        File.WriteAllText(_temp.Combine("segments.csv"), "article,index,text,label\r\na-1,0,One.,heading\r\na-1,1,Two.,news-report\r\n");

        var corpus = LabelReader.ReadFolder(_temp.Path);

        Assert.Equal(["One.", "Two."], corpus.Articles.Single().Segments.Select(s => s.Text));
        Assert.Equal(["heading", "news-report"], corpus.Articles.Single().Segments.Select(s => s.Label));
    }
}
