using Classifier.Runtime.Html;
using Classifier.Runtime.Tagging;
using Classifier.Runtime.Tests.Support;

namespace Classifier.Runtime.Tests.Tagging;

/// <summary>User rules and kept labels through a tagger with the trained model: what <c>clean</c> keeps, and the rule each segment carries.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class SegmentRuleTaggerTests(TrainedModelFixture model)
{
    private const string Page = """
        <html><head><title>Ferry timetable changes</title></head><body>
        <article><h1>Council adds two evening ferries</h1>
        <p>The harbour council voted on Tuesday to add two evening ferries to the island route, after months of complaints from commuters about crowded boats.</p>
        <p>Fares will stay the same until the end of the year, the council said in a statement, and the new boats start running in March.</p>
        <p>Commuters who wrote to the council said the last boat, at half past eight, left many of them waiting on the quay after late shifts.</p>
        </article>
        <aside><h2>Most read</h2><p>Bakery on Main Street closes its doors after forty years of trading on the corner.</p></aside>
        </body></html>
        """;

    [Fact]
    public void Clean_DropAndKeepRules_WinOverTheModelAndEachSegmentCarriesItsRule()
    {
        var drop = new SegmentRule(SegmentRuleAction.Drop, "^Fares will");
        var keep = new SegmentRule(SegmentRuleAction.Keep, "^Share this");
        var tagger = Tagger(new TaggerOptions { SegmentRules = new SegmentRuleOptions { Rules = [drop, keep] } });

        var plain = model.Tagger.Clean(RuleArticles.Ferry);
        var article = tagger.Tag(RuleArticles.Ferry);
        var cleaned = tagger.CleanTagged(article);

        Assert.Contains("Fares will stay", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this article", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("Fares will stay", cleaned, StringComparison.Ordinal);
        Assert.Contains("Share this article", cleaned, StringComparison.Ordinal);

        // The body runs on across the dropped paragraph.
        Assert.Contains("The harbour council voted", cleaned, StringComparison.Ordinal);
        Assert.Contains("Commuters who wrote", cleaned, StringComparison.Ordinal);
        Assert.Equal([null, null, drop, null, keep], article.Segments.Select(s => s.Rule));
        Assert.Equal(model.Tagger.Tag(RuleArticles.Ferry).Segments.Select(s => (s.Label, s.Confidence)), article.Segments.Select(s => (s.Label, s.Confidence)));
    }

    [Fact]
    public void Clean_KeepLabelComment_ReaderCommentsKept()
    {
        var keeping = Tagger(new TaggerOptions { KeepLabels = ["comment"] });

        var tagged = model.Tagger.Tag(RuleArticles.TramWithComments);
        var comments = tagged.Segments.Where(s => s.Label == "comment").Select(s => s.Index).ToArray();
        var kept = keeping.Tag(RuleArticles.TramWithComments).Kept;

        Assert.Contains("comment", model.Tagger.DropLabels);
        Assert.Equal(["boilerplate", "unrelated-link"], keeping.DropLabels.Order());
        Assert.NotEmpty(comments);
        Assert.Empty(comments.Intersect(tagged.Kept));
        Assert.Empty(comments.Except(kept));
    }

    [Fact]
    public void Tag_CatastrophicPattern_SegmentRuleTimeout()
    {
        var rule = new SegmentRule(SegmentRuleAction.Drop, "^(a+)+$");
        var tagger = Tagger(new TaggerOptions { SegmentRules = new SegmentRuleOptions { Rules = [rule], MatchTimeout = TimeSpan.FromMilliseconds(50) } });

        var e = Assert.Throws<SegmentRuleTimeoutException>(() => tagger.Tag("Storm closes schools\n" + new string('a', 40) + "!"));

        Assert.Equal(1, e.Segment);
        Assert.Single(tagger.Tag("Storm closes schools").Segments);
    }

    [Fact]
    public void CleanTagged_HtmlKeepRuleInAside_WinsOverThePagesStructure()
    {
        var tagger = Tagger(new TaggerOptions { SegmentRules = new SegmentRuleOptions { Rules = [new(SegmentRuleAction.Keep, "^Bakery on Main"), new(SegmentRuleAction.Drop, "^Fares will")] } });

        var plain = model.Tagger.CleanTagged(model.Tagger.TagHtml(HtmlReader.Parse(Page)));
        var cleaned = tagger.CleanTagged(tagger.TagHtml(HtmlReader.Parse(Page)));

        Assert.DoesNotContain("Bakery on Main Street", plain, StringComparison.Ordinal);
        Assert.Contains("Bakery on Main Street", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("Fares will stay", cleaned, StringComparison.Ordinal);
        Assert.Contains("two evening ferries to the island route", cleaned, StringComparison.Ordinal);
        Assert.Contains("Commuters who wrote", cleaned, StringComparison.Ordinal);
    }

    private ArticleTagger Tagger(TaggerOptions options) => ArticleTagger.Load(model.ModelDirectory, options);
}
