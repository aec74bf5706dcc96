using Classifier.Cli;
using Classifier.Workbench.Tests.Support;
using OpenQA.Selenium;

namespace Classifier.Workbench.Tests.Browser;

/// <summary>The read-only page of <c>classify tag --format html</c>, opened from disk in the browser with scripts off-limits: it shows without fetching anything.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TagHtmlBrowserTests(SmallModelFixture model, BrowserFixture browser) : IDisposable
{
    private readonly TempFolder _temp = new("classifier-tag-html");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void WorkbenchTagHtml_OpenedFromDisk_ShowsEverySegmentColouredAndTheQuotes()
    {
        var articles = _temp.Combine("articles");
        Directory.CreateDirectory(articles);
        foreach (var (name, text) in TestArticles.All.Take(2))
        {
            File.WriteAllText(Path.Combine(articles, name), text);
        }

        var stdout = new StringWriter();
        Assert.Equal(0, CliApp.Run(["tag", "--models", model.ModelDirectory, "--format", "html", articles], TextReader.Null, stdout, TextWriter.Null));
        var page = _temp.Write("tagged.html", stdout.ToString());

        browser.Driver.Navigate().GoToUrl(new Uri(page).AbsoluteUri);

        var segments = browser.Driver.FindElements(By.CssSelector("article .seg"));
        Assert.Equal(24, segments.Count);
        Assert.All(segments, s => Assert.NotEqual("rgba(0, 0, 0, 0)", s.GetCssValue("background-color")));
        Assert.Equal(2, browser.Driver.FindElements(By.CssSelector("article")).Count);
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("tr.quote")));
        browser.Screenshot("workbench-tag-html.png");
    }
}
