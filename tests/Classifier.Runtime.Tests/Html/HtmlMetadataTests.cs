using Classifier.Runtime.Html;

namespace Classifier.Runtime.Tests.Html;

public sealed class HtmlMetadataTests
{
    [Fact]
    public void Parse_MetaTags_GiveTheMetadata()
    {
        var page = HtmlReader.Parse("""
            <html lang="en-GB"><head><title>Ferries | Harbour Post</title>
            <meta property="og:title" content="Two evening ferries added">
            <meta name="author" content="Tomas Reed">
            <meta property="article:published_time" content="2026-03-04T09:00:00Z">
            <link rel="canonical" href="/news/ferries"></head><body><p>x</p></body></html>
            """, "https://harbour.example/news/ferries?ref=home");

        Assert.Equal(new PageMetadata("Two evening ferries added", "Tomas Reed", "2026-03-04T09:00:00Z", "en-GB", "https://harbour.example/news/ferries"), page.Metadata);
    }

    [Fact]
    public void Parse_JsonLd_WinsOverMetaTags()
    {
        var page = HtmlReader.Parse("""
            <head><meta name="author" content="Desk"><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Harbour Post"},
             {"@type":"NewsArticle","headline":"Council votes","author":[{"@type":"Person","name":"Ana Ruiz"},{"name":"Li Wen"}],
              "datePublished":"2026-01-02","inLanguage":"es","mainEntityOfPage":{"@id":"https://harbour.example/a"}}]}
            </script></head><body></body>
            """);

        Assert.Equal(new PageMetadata("Council votes", "Ana Ruiz, Li Wen", "2026-01-02", "es", "https://harbour.example/a"), page.Metadata);
    }

    [Fact]
    public void Parse_BrokenJsonLd_FallsBackToTheDocument()
    {
        var page = HtmlReader.Parse("""
            <head><title>Plain title</title><script type="application/ld+json">{"@type": "NewsArticle", </script></head>
            <body><article><p class="byline">By <a rel="author" href="/ana">Ana Ruiz</a></p><time datetime="2026-05-06">6 May</time></article></body>
            """);

        Assert.Equal(new PageMetadata("Plain title", "Ana Ruiz", "2026-05-06", null, null), page.Metadata);
    }

    [Fact]
    public void Parse_NoMetadata_AllNull()
    {
        Assert.Equal(PageMetadata.Empty, HtmlReader.Parse("<p>Only text</p>").Metadata);
    }
}
