using System.Text;
using Classifier.Runtime.Html;
using Classifier.Runtime.Tagging;

namespace Classifier.Runtime.Tests.Html;

/// <summary>The HTML body rule over hand-made labels (no model): what a declared article keeps.</summary>
public sealed class HtmlMainBlockTests
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "boilerplate", "comment", "unrelated-link" };

    private const string Page = """
        <html><body><article><div>
        <p>The council approved the harbour tunnel on Tuesday by a single vote after a debate that ran past midnight.</p>
        <p>Opponents said the cost had doubled since the plan was first put to the city two years ago.</p>
        <p>Residents of the old quarter will be asked to comment on the route before work starts.</p>
        <p>Share</p>
        <p>Work on the first section is due to begin next spring and should take three years.</p>
        <p>Engineers expect the tunnel to carry about forty thousand vehicles a day once it opens.</p>
        </div><div>
        <p>Reader comment: I have waited twenty years for this tunnel and I will believe it when I see it.</p>
        </div></article></body></html>
        """;

    // No article or main element: the body's paragraphs sit in one div, cut by a product box the
    // model calls boilerplate; another story's teaser is an article inside that div, and a
    // reader's reply sits under another div.
    private const string UndeclaredPage = """
        <html><body><div class="page">
        <div>
        <p>The ferry operator cancelled every crossing on Friday after a storm tore part of the pier away.</p>
        <p>Passengers already at the terminal were offered hotel rooms or a refund of their tickets.</p>
        <div><p>Our pick: a waterproof jacket that folds into its own pocket, now half price this week.</p></div>
        <p>Divers will inspect the damaged pier on Monday before the operator sets a date to sail again.</p>
        <p>Freight lorries have been sent to the northern port, adding two hours to their journey.</p>
        <article><p>More news: the island's only bakery has closed after forty years on the harbour front.</p></article>
        </div>
        <div><p>Reply from a reader: the pier has needed repairs for years and nobody listened to us.</p></div>
        </div></body></html>
        """;

    [Fact]
    public void Judge_DeclaredArticle_ProseInsideTheBodyKeptWhateverItsLabel_NotAfterIt()
    {
        var (verdict, kept) = Judge(Page, "news-report", "news-report", "comment", "boilerplate", "news-report", "news-report", "comment");

        // The paragraph the model calls a comment sits inside the body: kept. "Share" is too short to be
        // prose, and the reader's comment, after the body's last line and outside its element, stays out.
        Assert.Equal(PageKind.Article, verdict.Kind);
        Assert.Equal([0, 1, 2, 4, 5], kept);
    }

    [Fact]
    public void Judge_UndeclaredPage_ProseInTheBodysElementKept_ProseOutsideItNot()
    {
        var (_, kept) = Judge(UndeclaredPage, "news-report", "news-report", "boilerplate", "news-report", "news-report", "unrelated-link", "comment");

        // The product box lies in the div that holds the body: kept with it. The teaser, in an article
        // of its own, and the reply, outside the div, stay out.
        Assert.Equal([0, 1, 2, 3, 4], kept);
    }

    [Fact]
    public void Judge_BodyHeldOnlyByThePageItself_BringsInNothingElse()
    {
        // The body's two halves sit in two top-level divs: only body holds it, and body holds every line.
        const string split = """
            <html><body>
            <div><p>The library on Elm Road will reopen in March after a two-year refit costing four million.</p>
            <p>Its reading room has new windows, a lift and shelves for twice as many children's books.</p></div>
            <div><p>The council said the building would also host a weekly advice desk for tenants.</p>
            <p>Opening hours will run until eight in the evening on three days of the week.</p></div>
            <div><p>Reader reply: about time, the temporary library in the market hall was freezing all winter.</p></div>
            </body></html>
            """;
        var (_, kept) = Judge(split, "news-report", "news-report", "news-report", "news-report", "comment");

        Assert.Equal([0, 1, 2, 3], kept);
    }

    /// <summary>Judges the page with one hand-made label a segment, each at confidence 0.9.</summary>
    private static (PageVerdict Verdict, int[] Kept) Judge(string html, params string[] labels)
    {
        var page = HtmlReader.Read(Encoding.UTF8.GetBytes(html));
        Assert.Equal(labels.Length, page.Segments.Count);
        var segments = page.Segments.Select((s, i) => new TaggedSegment(i, s.Start, s.Length, s.Text, labels[i], 0.9f, new Dictionary<string, float> { [labels[i]] = 0.9f })).ToArray();
        return HtmlMainBlock.Judge(segments, page, Dropped, new BodyDecoderOptions());
    }
}
