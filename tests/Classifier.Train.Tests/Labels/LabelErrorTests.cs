using Classifier.Train.Api;
using Classifier.Train.Labels;

namespace Classifier.Train.Tests.Labels;

/// <summary>
/// Every malformed label file stops training with a LabelFileException naming the file and line, and writes
/// no model (a model already in the output folder stays as it was, byte for byte).
/// </summary>
public sealed class LabelErrorTests : IDisposable
{
    private const string Header = "article,index,text,label";
    private readonly TempFolder _temp = new("classifier-label-errors");
    private readonly string _labels;

    public LabelErrorTests()
    {
        _labels = _temp.Combine("labels");
        Directory.CreateDirectory(_labels);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Train_SegmentFileMissingLabelColumn_ThrowsNamingFileAndLine1()
    {
        AssertRejected("article,index,text\na-1,0,Some text here.\n", line: 1, "label");
    }

    [Fact]
    public void Train_QuoteFileMissingSpeakerColumn_ThrowsNamingFileAndLine1()
    {
        File.WriteAllText(Path.Combine(_labels, "segments.csv"), Header + "\na-1,0,Council backs plan,heading\n");
        AssertRejected("article,index,channel,stance,quote\na-1,0,social,support,backs\n", line: 1, "speaker", name: "quotes.csv");
    }

    [Fact]
    public void Train_UnclosedQuote_ThrowsNamingFileAndLine()
    {
        AssertRejected(Header + "\na-1,0,Fine text.,news-report\na-1,1,\"Never closed,heading\na-1,2,More text.,news-report\n", line: 3);
    }

    [Fact]
    public void Train_UnknownStance_ThrowsNamingFileAndLine()
    {
        File.WriteAllText(Path.Combine(_labels, "segments.csv"), Header + "\na-1,0,Council backs plan,heading\n");
        AssertRejected(
            "article,index,speaker,channel,stance,quote\na-1,0,@x,social,support,backs\na-1,0,@y,social,furious,Council\n",
            line: 3,
            "furious",
            name: "quotes.csv");
    }

    [Fact]
    public void Train_DuplicateArticleIndex_ThrowsNamingFileAndLine()
    {
        AssertRejected(Header + "\na-1,0,One.,heading\na-1,1,Two.,news-report\na-1,1,Two again.,news-report\n", line: 4, "duplicate");
    }

    [Fact]
    public void Train_EmptyText_ThrowsNamingFileAndLine()
    {
        AssertRejected(Header + "\na-1,0,One.,heading\na-1,1,\"  \",news-report\n", line: 3, "empty text");
    }

    [Fact]
    public void Train_InvalidUtf8_ThrowsNamingFileAndLineOfTheBadByte()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Header + "\na-1,0,Caf").Concat(new byte[] { 0xC3, 0x28 }).Concat(System.Text.Encoding.UTF8.GetBytes(" open.,news-report\n")).ToArray();
        AssertRejected(bytes, line: 2, "not valid UTF-8 (byte 0xC3");
    }

    [Fact]
    public void Train_IndexGap_ThrowsNamingFileAndLine()
    {
        AssertRejected(Header + "\na-1,0,One.,heading\na-1,1,Two.,news-report\na-1,3,Four.,news-report\n", line: 4, "index 3");
    }

    [Fact]
    public void Train_IndexNotANumber_ThrowsNamingFileAndLine()
    {
        AssertRejected(Header + "\na-1,0,One.,heading\na-1,two,Two.,news-report\n", line: 3, "two");
    }

    private void AssertRejected(string csv, int? line, string? detail = null, string name = "segments.csv") =>
        AssertRejected(new System.Text.UTF8Encoding(false).GetBytes(csv), line, detail, name);

    private void AssertRejected(byte[] csv, int? line, string? detail = null, string name = "segments.csv")
    {
        var labels = _labels;
        var file = Path.Combine(labels, name);
        File.WriteAllBytes(file, csv);
        var output = _temp.Combine("models");
        Directory.CreateDirectory(output);
        var previous = new byte[] { 1, 2, 3, (byte)'{', (byte)'}' };
        File.WriteAllBytes(Path.Combine(output, "manifest.json"), previous);

        var e = Assert.Throws<LabelFileException>(() => ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = labels, Output = output, Folds = 0 }));

        var message = e.Message;
        Assert.Contains(line is null ? file + ":" : $"{file}:{line}:", message, StringComparison.Ordinal);
        if (detail is not null)
        {
            Assert.Contains(detail, message, StringComparison.Ordinal);
        }

        Assert.Equal(["manifest.json"], Directory.GetFiles(output).Select(Path.GetFileName));
        Assert.Equal(previous, File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        Assert.Equal([output], Directory.GetDirectories(_temp.Path, "models*"));
    }
}
