using System.Text;
using Classifier.Runtime.Html;
using Classifier.Runtime.Tagging;

namespace Classifier.Runtime.Tests.Html;

/// <summary>The HTML body rule over hand-made labels (no model): what a declared article keeps.</summary>
public sealed class HtmlMainBlockTests
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "boilerplate", "comment", "unrelated-link" };

    private const string Page = """
        <html><body><article>
        <p>The council approved the harbour tunnel on Tuesday by a single vote after a debate that ran past midnight.</p>
        <p>Opponents said the cost had doubled since the plan was first put to the city two years ago.</p>
        <p>Residents of the old quarter will be asked to comment on the route before work starts.</p>
        <p>Share</p>
        <p>Work on the first section is due to begin next spring and should take three years.</p>
        <p>Engineers expect the tunnel to carry about forty thousand vehicles a day once it opens.</p>
        <p>Reader comment: I have waited twenty years for this tunnel and I will believe it when I see it.</p>
        </article></body></html>
        """;

    [Fact]
    public void Judge_DeclaredArticle_ProseInsideTheBodyKeptWhateverItsLabel_NotAfterIt()
    {
        var page = HtmlReader.Read(Encoding.UTF8.GetBytes(Page));
        string[] labels = ["news-report", "news-report", "comment", "boilerplate", "news-report", "news-report", "comment"];
        Assert.Equal(labels.Length, page.Segments.Count);
        var segments = page.Segments.Select((s, i) => new TaggedSegment(i, s.Start, s.Length, s.Text, labels[i], 0.9f, new Dictionary<string, float> { [labels[i]] = 0.9f })).ToArray();

        var (verdict, kept) = HtmlMainBlock.Judge(segments, page, Dropped, new BodyDecoderOptions());

        // The paragraph the model calls a comment sits inside the body: kept. "Share" is too short to be
        // prose, and the reader's comment after the body's last line stays out.
        Assert.Equal(PageKind.Article, verdict.Kind);
        Assert.Equal([0, 1, 2, 4, 5], kept);
    }
}
