using System.Diagnostics;
using Classifier.Train.Api;
using Classifier.Workbench.Tests.Support;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Classifier.Workbench.Tests.Browser;

/// <summary>The workbench in a real browser: label by keyboard, reload, retrain; screenshots for the README.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkbenchBrowserTests(SmallModelFixture model, BrowserFixture browser, ITestOutputHelper output)
{
    private readonly WorkbenchPage _page = new(browser.Driver);

    [Fact]
    public async Task WorkbenchBrowser_LabelThreeSegmentsByKeyboard_SeenAgainAfterReload()
    {
        await using var host = await WorkbenchHost.OnLoopback(model);
        _page.Open(host.PageUrl);
        _page.OpenArticle("tram.txt");
        var article = _page.ShownArticle;
        var key = _page.KeyOf("boilerplate");

        var labelled = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(article, _page.ShownArticle);
            labelled.Add(_page.FocusedIndex);
            _page.Decide(key);
        }

        browser.Driver.Navigate().Refresh();
        _page.Open(host.PageUrl);
        _page.OpenArticle("tram.txt");
        Assert.Equal(labelled.Order().Select(i => (i, "boilerplate")), _page.SavedSegments());
        var rows = ArticleModelTraining.ReadLabels(host.Labels).Segments.Where(s => s.Article == article).ToArray();
        Assert.All(labelled, i => Assert.Equal("boilerplate", rows[i].Label));
        browser.Screenshot("workbench-label.png");
    }

    [Fact]
    public async Task WorkbenchBrowser_Label20SegmentsByKeyboard_TimedAndAllSaved()
    {
        await using var host = await WorkbenchHost.OnLoopback(model);
        _page.Open(host.PageUrl);
        var keys = host.Session.Tagger.Labels.ToDictionary(l => l, _page.KeyOf);
        var decided = new List<(string Article, int Index, string Label)>();

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            // A person's pass: the predicted label where it is right (Enter), another label's key where it is not.
            var (article, index) = (_page.ShownArticle, _page.FocusedIndex);
            var predicted = host.Session.Find(article)!.Tagged.Segments[index].Label;
            var label = i % 4 == 0 ? host.Session.Tagger.Labels.First(l => l != predicted) : predicted;
            _page.Decide(label == predicted ? Keys.Enter : keys[label]);
            decided.Add((article, index, label));
        }

        clock.Stop();
        var message = $"labelling 20 segments by keyboard in the browser took {clock.Elapsed.TotalSeconds:0.00} s ({clock.Elapsed.TotalMilliseconds / 20:0} ms a segment, each saved and confirmed)";
        output.WriteLine(message);
        Console.WriteLine(message);
        var saved = decided.Select(d => d.Article).Distinct().SelectMany(a => host.Session.Store.Read(a).Segments.Select(p => (a, p.Key, p.Value))).ToHashSet();
        Assert.Equal(decided.ToHashSet(), saved);
        Assert.Equal(20, _page.DecidedTotal);
    }

    [Fact]
    public async Task WorkbenchBrowser_Retrain_ShowsMacroF1BeforeAndAfterAndTheChangedLabels()
    {
        await using var host = await WorkbenchHost.OnLoopback(model);
        _page.Open(host.PageUrl);
        _page.OpenArticle("ferry.txt");
        browser.Driver.FindElement(By.TagName("body")).SendKeys("A");
        BrowserFixture.WaitFor(() => _page.DecidedTotal == 12, "the article accepted as predicted");

        var before = host.Session.Articles.ToDictionary(a => a.Id, a => a.Tagged.Segments.Select(s => s.Label).ToArray());
        browser.Driver.FindElement(By.Id("retrain")).Click();
        BrowserFixture.WaitFor(() => browser.Driver.FindElement(By.Id("train-state")).Text.StartsWith("done", StringComparison.Ordinal), "the retraining to finish", seconds: 300);

        var scores = browser.Driver.FindElements(By.CssSelector("#train-scores .score")).Select(e => e.Text).ToArray();
        Assert.Equal(2, scores.Length);
        Assert.All(scores, s => Assert.Matches(@"^[01]\.\d{3}$", s));
        var changed = host.Session.Articles.Sum(a => a.Tagged.Segments.Count(s => s.Label != before[a.Id][s.Index]));
        Assert.Equal(changed, browser.Driver.FindElements(By.CssSelector("#train-changed li.changed")).Count);
        Assert.True(File.Exists(Path.Combine(host.Models, "manifest.json")));
        browser.Screenshot("workbench-retrain.png");
    }

    [Fact]
    public async Task WorkbenchBrowser_KeysTypedFasterThanSaves_EachLabelsTheNextSegment()
    {
        await using var host = await WorkbenchHost.OnLoopback(model);
        _page.Open(host.PageUrl);
        var key = _page.KeyOf("heading");

        browser.Driver.FindElement(By.TagName("body")).SendKeys(key + key + key);

        BrowserFixture.WaitFor(() => _page.DecidedTotal == 3, "three saves");
        var saved = host.Session.Articles.Sum(a => host.Session.Store.Read(a.Id).Segments.Count(p => p.Value == "heading"));
        Assert.Equal(3, saved);
    }

    [Fact]
    public async Task WorkbenchBrowser_UndoKey_TakesTheLastDecisionBack()
    {
        await using var host = await WorkbenchHost.OnLoopback(model);
        _page.Open(host.PageUrl);
        var (article, index) = (_page.ShownArticle, _page.FocusedIndex);
        _page.Decide(_page.KeyOf("unrelated-link"));

        browser.Driver.FindElement(By.TagName("body")).SendKeys("z");

        BrowserFixture.WaitFor(() => _page.DecidedTotal == 0, "the undo");
        Assert.Equal(index, _page.FocusedIndex);
        Assert.True(host.Session.Store.Read(article).IsEmpty);
    }
}
