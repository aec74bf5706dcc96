using Classifier.Runtime.Html;

namespace Classifier.Runtime.Tests.Html;

public sealed class HtmlReaderStructureTests
{
    // Enough body text that the small parts below hold well under the wrapper share of the page.
    private static readonly string Body = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>Body paragraph {i} about the harbour council and the new ferry timetable for the island.</p>"));

    [Theory]
    [InlineData("<nav><p>Menu</p></nav>", BlockTags.Nav)]
    [InlineData("<div role='navigation'><p>Menu</p></div>", BlockTags.Nav)]
    [InlineData("<aside><p>Menu</p></aside>", BlockTags.Aside)]
    [InlineData("<footer><p>Menu</p></footer>", BlockTags.Footer)]
    [InlineData("<header><p>Menu</p></header>", BlockTags.Header)]
    [InlineData("<form><label>Menu</label></form>", BlockTags.Form)]
    [InlineData("<figure><figcaption>Menu</figcaption></figure>", BlockTags.Figure | BlockTags.Figcaption)]
    [InlineData("<article><p>Menu</p></article>", BlockTags.Article)]
    [InlineData("<main><p>Menu</p></main>", BlockTags.Main)]
    [InlineData("<blockquote><p>Menu</p></blockquote>", BlockTags.Blockquote)]
    public void Parse_SemanticAncestors_AreInTheTags(string part, BlockTags expected)
    {
        var page = HtmlReader.Parse($"<body>{Body}{part}</body>");

        var menu = page.Segments.Single(s => s.Text == "Menu").Index;
        Assert.Equal(expected, page.Structure[menu].Tags & ~BlockTags.ListItem);
    }

    [Fact]
    public void Parse_Headings_CarryTheirLevel()
    {
        var page = HtmlReader.Parse("<h2>Section</h2><p>Text</p>");

        Assert.Equal([2, 0], page.Structure.Select(s => s.HeadingLevel));
    }

    [Theory]
    [InlineData("related-posts", ClassHints.Related)]
    [InlineData("relatedPosts", ClassHints.Related)]
    [InlineData("comments_list", ClassHints.Comment)]
    [InlineData("share-bar", ClassHints.Share)]
    [InlineData("social-embed", ClassHints.None)]
    [InlineData("cms-widget", ClassHints.None)]
    [InlineData("ad-slot", ClassHints.Promo)]
    [InlineData("sidebar", ClassHints.Sidebar)]
    [InlineData("shared address", ClassHints.None)]
    [InlineData("content has-sidebar-right", ClassHints.None)]
    [InlineData("withComments", ClassHints.None)]
    [InlineData("no-ads page", ClassHints.None)]
    [InlineData("has-toc comments-area", ClassHints.Comment)]
    [InlineData("top-banner", ClassHints.Promo)]
    [InlineData("pagination", ClassHints.Navigation)]
    public void Parse_ClassWords_AreHints(string classes, ClassHints expected)
    {
        var page = HtmlReader.Parse($"<body>{Body}<div class='{classes}'><p>Part</p></div></body>");

        var part = page.Segments.Single(s => s.Text == "Part").Index;
        Assert.Equal(expected, page.Structure[part].Hints);
    }

    [Fact]
    public void Parse_IdWords_AreHints()
    {
        var page = HtmlReader.Parse($"<body>{Body}<section id='newsletter-box'><p>Part</p></section></body>");

        Assert.Equal(ClassHints.Newsletter, page.Structure[^1].Hints);
    }

    [Fact]
    public void Parse_WrapperHoldingMostOfThePage_MarksNothing()
    {
        // A whole-page form (common in older templates) or a layout div named after its sidebar.
        var page = HtmlReader.Parse($"<body><form><div class='layout-with-sidebar'>{Body}<nav><p>Menu</p></nav></div></form></body>");

        Assert.All(page.Structure.SkipLast(1), s => Assert.Equal((BlockTags.None, ClassHints.None), (s.Tags, s.Hints)));
        Assert.Equal(BlockTags.Nav, page.Structure[^1].Tags);
    }

    [Fact]
    public void Parse_LinkDensity_IsTheShareOfLinkText()
    {
        var page = HtmlReader.Parse("<p><a href='/a'>abcd</a> efgh</p><p><a href='/b'>All a link</a></p><p>No link</p>");

        Assert.Equal([0.5, 1.0, 0.0], page.Structure.Select(s => s.LinkDensity));
    }

    [Fact]
    public void Parse_ArticleThatIsMostlyOneLink_IsATeaserCardNotADeclaredArticle()
    {
        // Another story's card: headline, dek and date inside one link, in an article of its own.
        var card = "<article><a href='/other-story'><h4>Storm closes the northern pass</h4><p>Snow ploughs could not keep up overnight, officials said.</p><span>2H ago</span></a></article>";
        var page = HtmlReader.Parse($"<body><article>{Body}</article>{card}</body>");

        var dek = page.Segments.Single(s => s.Text.StartsWith("Snow ploughs", StringComparison.Ordinal)).Index;
        Assert.All(page.Structure.Take(6), s => Assert.Equal(BlockTags.Article, s.Tags));
        Assert.Equal(BlockTags.None, page.Structure[dek].Tags);
        Assert.True(StructuralPruning.Drops(page.Structure[dek]));
    }

    [Fact]
    public void Parse_Depth_CountsElementsFromHtml()
    {
        var page = HtmlReader.Parse("<html><body><div><p>Deep</p></div></body></html>");

        Assert.Equal(4, page.Structure[0].Depth);
    }
}
