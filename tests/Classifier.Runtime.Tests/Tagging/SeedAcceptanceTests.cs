using System.Globalization;
using System.Text;
using Classifier.Runtime.Tagging;
using Classifier.Runtime.Tests.Support;

namespace Classifier.Runtime.Tests.Tagging;

/// <summary>
/// The acceptance test of the default model ("Done when"): the trained model labels the scraped
/// articles in ../shared/seeds as the labelling guide says. Seed text is read at test time only.
/// </summary>
[Collection(TrainedModelCollection.Name)]
public sealed class SeedAcceptanceTests(TrainedModelFixture model)
{
    private const int ReportParagraphWords = 25;

    [Fact]
    public void Tag_Seed000TrailingHeadlines_AllUnrelatedLink()
    {
        var lines = NonBlankLines("000_");
        var headlines = lines.Skip(lines.Count - 17).ToArray();

        AssertLabel(Tag("000_"), headlines, "unrelated-link");
    }

    [Fact]
    public void Tag_Seed000LinesWithHandles_AllSocialQuote()
    {
        var handles = NonBlankLines("000_").Where(l => l.Contains('@', StringComparison.Ordinal)).ToArray();

        Assert.Equal(6, handles.Length);
        AssertLabel(Tag("000_"), handles, "social-quote");
    }

    [Fact]
    public void Tag_Seed000SectionHeadings_AllHeading()
    {
        var lines = NonBlankLines("000_");
        var body = lines.Take(lines.Count - 17);
        var headings = body.Where(IsHeadingShaped).ToArray();

        Assert.Equal(3, headings.Length);
        AssertLabel(Tag("000_"), headings, "heading");
    }

    [Fact]
    public void Tag_Seed003SectionHeadings_AllHeading()
    {
        var headings = NonBlankLines("003_").Where(IsHeadingShaped).ToArray();

        Assert.Equal(6, headings.Length);
        AssertLabel(Tag("003_"), headings, "heading");
    }

    [Theory]
    [InlineData("002_")]
    [InlineData("003_")]
    public void Tag_SeedLastLine_Boilerplate(string prefix)
    {
        AssertLabel(Tag(prefix), [NonBlankLines(prefix)[^1]], "boilerplate");
    }

    [Theory]
    [InlineData("000_")]
    [InlineData("001_")]
    [InlineData("002_")]
    [InlineData("003_")]
    [InlineData("004_")]
    public void Clean_Seed_KeepsEveryReportParagraph(string prefix)
    {
        var cleaned = model.Tagger.Clean(ReadSeed(prefix)).Split('\n').ToHashSet(StringComparer.Ordinal);
        var paragraphs = NonBlankLines(prefix).Where(l => Words(l) >= ReportParagraphWords).ToArray();
        var tagged = Tag(prefix);

        var dropped = paragraphs.Where(p => !cleaned.Contains(p)).ToArray();

        Assert.NotEmpty(paragraphs);
        Assert.True(dropped.Length == 0, "report paragraphs dropped by clean:\n" + Describe(tagged, dropped));
    }

    /// <summary>A section heading: a short line (2–7 words) with no final punctuation and no comma (003's list items have commas).</summary>
    private static bool IsHeadingShaped(string line)
    {
        var words = Words(line);
        return words is >= 2 and <= 7 && !line.Contains(',', StringComparison.Ordinal) && !".!?:;”\"’)".Contains(line[^1], StringComparison.Ordinal);
    }

    private static int Words(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private void AssertLabel(TaggedArticle article, IReadOnlyList<string> lines, string expected)
    {
        Assert.NotEmpty(lines);
        var wrong = lines.Where(l => Find(article, l).Label != expected).ToArray();
        Assert.True(wrong.Length == 0, $"{wrong.Length} of {lines.Count} lines not tagged '{expected}':\n" + Describe(article, wrong));
    }

    private static TaggedSegment Find(TaggedArticle article, string line) =>
        article.Segments.Single(s => s.Text == line.Trim());

    private static string Describe(TaggedArticle article, IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var s = Find(article, line);
            var scores = string.Join(", ", s.Scores.OrderByDescending(p => p.Value).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value:F3}")));
            text.AppendLine(CultureInfo.InvariantCulture, $"  [{s.Index}] {s.Label} ({scores}): {Shorten(s.Text)}");
        }

        return text.ToString();
    }

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..70] + "…";

    private TaggedArticle Tag(string prefix) => model.Tagger.Tag(ReadSeed(prefix));

    private static List<string> NonBlankLines(string prefix) =>
        ReadSeed(prefix).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static string ReadSeed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(RepoPaths.Seeds, prefix + "*.txt").Single());
}
