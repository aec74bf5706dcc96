using Classifier.Runtime.Html;
using Classifier.Runtime.Tagging;
using Classifier.Runtime.Tests.Support;

namespace Classifier.Runtime.Tests.Html;

[Collection(TrainedModelCollection.Name)]
public sealed class TagHtmlTests(TrainedModelFixture model)
{
    private const string Page = """
        <html><head><title>Ferry timetable changes</title></head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
        <article><h1>Council adds two evening ferries</h1>
        <p>The harbour council voted on Tuesday to add two evening ferries to the island route, after months of complaints from commuters about crowded boats.</p>
        <p>Fares will stay the same until the end of the year, the council said in a statement, and the new boats start running in March.</p>
        <p>Commuters who wrote to the council said the last boat, at half past eight, left many of them waiting on the quay after late shifts.</p>
        </article>
        <aside><h2>Most read</h2><p>Bakery on Main Street closes its doors after forty years of trading on the corner.</p></aside>
        <footer><p>Harbour Post, all rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void TagHtml_SameSegmentsAndLabelsAsTextInputOfTheExtractedText()
    {
        var page = HtmlReader.Parse(Page);

        var html = model.Tagger.TagHtml(page);
        var text = model.Tagger.Tag(page.Text);

        Assert.Equal(text.Segments.Select(Summary), html.Segments.Select(Summary));
        Assert.Same(page, html.Html);
        Assert.Null(text.Html);
    }

    private static (int, int, int, string, string, float) Summary(TaggedSegment s) => (s.Index, s.Start, s.Length, s.Text, s.Label, s.Confidence);

    [Fact]
    public void CleanTagged_HtmlPage_LeavesOutAsidesAndFooters()
    {
        var cleaned = model.Tagger.CleanTagged(model.Tagger.TagHtml(HtmlReader.Parse(Page)));

        Assert.Contains("two evening ferries to the island route", cleaned);
        Assert.DoesNotContain("Bakery on Main Street", cleaned);
        Assert.DoesNotContain("all rights reserved", cleaned);
    }

    [Fact]
    public void CleanTagged_WithoutHtmlStructure_KeepsTheModelsVerdictOnly()
    {
        var tagger = ArticleTagger.Load(model.ModelDirectory, new TaggerOptions { UseHtmlStructure = false });
        var article = tagger.TagHtml(HtmlReader.Parse(Page));

        Assert.Equal(tagger.CleanTagged(tagger.Tag(article.Html!.Text)), tagger.CleanTagged(article));
    }

    [Fact]
    public void TagHtml_TextOverMaxArticleChars_ThrowsArticleTooLarge()
    {
        var tagger = ArticleTagger.Load(model.ModelDirectory, new TaggerOptions { MaxArticleChars = 50 });

        Assert.Throws<ArticleTooLargeException>(() => tagger.TagHtml(HtmlReader.Parse(Page)));
    }
}
