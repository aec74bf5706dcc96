using Classifier.Workbench.Tests.Support;
using OpenQA.Selenium;

namespace Classifier.Workbench.Tests.Browser;

/// <summary>What the browser tests read and do on the workbench page.</summary>
internal sealed class WorkbenchPage(IWebDriver driver)
{
    public void Open(string url)
    {
        driver.Navigate().GoToUrl(url);
        BrowserFixture.WaitFor(() => driver.FindElements(By.CssSelector("#article .seg")).Count > 0, "the article's segments");
    }

    public void OpenArticle(string file)
    {
        driver.FindElements(By.CssSelector("#articles a")).Single(a => a.Text == file).Click();
        BrowserFixture.WaitFor(() => driver.FindElement(By.CssSelector("#article h2")).Text.StartsWith(file, StringComparison.Ordinal), $"article {file}");
    }

    /// <summary>The key the page shows for <paramref name="label"/>.</summary>
    public string KeyOf(string label)
    {
        var keys = driver.FindElement(By.Id("keys"));
        var names = keys.FindElements(By.CssSelector("span.label")).Select(s => s.Text).ToList();
        return keys.FindElements(By.TagName("kbd"))[names.IndexOf(label)].Text;
    }

    public int FocusedIndex => int.Parse(driver.FindElement(By.CssSelector(".seg.focus")).GetDomAttribute("data-index")!, System.Globalization.CultureInfo.InvariantCulture);

    public string ShownArticle => driver.FindElement(By.CssSelector("#articles a.current")).GetDomAttribute("title")!;

    public int SavedCount => driver.FindElements(By.CssSelector(".seg.saved")).Count;

    public int DecidedTotal => int.Parse(driver.FindElement(By.Id("progress")).Text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Presses <paramref name="key"/> and waits until the page counts one more decided segment.</summary>
    public void Decide(string key)
    {
        var before = DecidedTotal;
        driver.FindElement(By.TagName("body")).SendKeys(key);
        BrowserFixture.WaitFor(() => DecidedTotal == before + 1, $"the save after key {key}");
    }

    public IReadOnlyList<(int Index, string Label)> SavedSegments() =>
        [.. driver.FindElements(By.CssSelector(".seg.saved")).Select(e => (int.Parse(e.GetDomAttribute("data-index")!, System.Globalization.CultureInfo.InvariantCulture), e.GetDomAttribute("data-label")!))];
}
