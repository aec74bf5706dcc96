using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Classifier.Train.Api;
using Classifier.Workbench.Tests.Support;

namespace Classifier.Workbench.Tests.Api;

/// <summary>Saved decisions land in the labels folder as the trainer reads them, and concurrent saves lose nothing.</summary>
[Collection(SmallModelCollection.Name)]
public sealed class SaveTests(SmallModelFixture model)
{
    [Fact]
    public async Task SaveSegment_RowReadBackByTheTrainersReader_WithEveryOtherRowAsPredicted()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var article = host.Session.Articles[0];

        var response = await WorkbenchHost.Post(host.Client(), "/api/segment", new { article = article.Id, index = 2, label = "boilerplate" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = ArticleModelTraining.ReadLabels(host.Labels).Segments.Where(s => s.Article == article.Id).ToArray();
        Assert.Equal(article.Tagged.Segments.Count, rows.Length);
        Assert.Equal("boilerplate", rows[2].Label);
        Assert.Equal(article.Tagged.Segments[2].Text.Trim(), rows[2].Text);
        Assert.All(rows.Where(r => r.Index != 2), r => Assert.Equal(article.Tagged.Segments[r.Index].Label, r.Label));
        Assert.Equal(string.Join('\n', article.Tagged.Segments.Select(s => s.Text.Trim())), string.Join('\n', rows.Select(r => r.Text)));
    }

    [Fact]
    public async Task SaveQuote_RowReadBackWithSpeakerChannelAndStance()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var article = host.Session.Articles[0];
        var quote = article.Tagged.Quotes.First(q => q.Speaker is not null);

        var response = await WorkbenchHost.Post(host.Client(), "/api/quote", new { article = article.Id, segment = quote.Segment, quote = quote.Text, stance = "oppose" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(ArticleModelTraining.ReadLabels(host.Labels).Quotes, q => q.Article == article.Id);
        Assert.Equal((quote.Segment, quote.Speaker, "oppose", quote.Text.Trim()), (row.Index, row.Speaker, row.Stance, row.Quote));
    }

    [Fact]
    public async Task ConcurrentSaves_FromManyClients_NoneLost()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var labels = host.Session.Tagger.Labels;
        var jobs = host.Session.Articles
            .SelectMany(a => a.Tagged.Segments.Select(s => (Article: a.Id, s.Index, Label: labels[(s.Index + 1) % labels.Count])))
            .ToArray();

        var responses = await Task.WhenAll(jobs.Select(j => Task.Run(() => WorkbenchHost.Post(host.Client(), "/api/segment", new { article = j.Article, index = j.Index, label = j.Label }))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var saved = ArticleModelTraining.ReadLabels(host.Labels).Segments.Where(s => s.Article.StartsWith("wb-", StringComparison.Ordinal)).ToDictionary(s => (s.Article, s.Index), s => s.Label);
        Assert.Equal(jobs.Length, saved.Count);
        Assert.All(jobs, j => Assert.Equal(j.Label, saved[(j.Article, j.Index)]));
        Assert.Empty(Directory.GetFiles(host.Labels, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AcceptArticle_EverySegmentAndQuoteSavedAsPredicted()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var article = host.Session.Articles[1];

        var response = await WorkbenchHost.Post(host.Client(), "/api/accept", new { article = article.Id });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = host.Session.Store.Read(article.Id);
        Assert.Equal(article.Tagged.Segments.ToDictionary(s => s.Index, s => s.Label), saved.Segments);
        Assert.Equal(article.Tagged.Quotes.Count(q => q.Speaker is not null && q.Stance is not null), saved.Quotes.Count);
        Assert.Equal(article.Tagged.Segments.Count, ArticleModelTraining.ReadLabels(host.Labels).Segments.Count(s => s.Article == article.Id));
    }

    [Fact]
    public async Task Undo_EveryDecision_ArticleLeavesTheCorpus()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var article = host.Session.Articles[0].Id;
        var client = host.Client();
        await WorkbenchHost.Post(client, "/api/segment", new { article, index = 1, label = "heading" });
        await WorkbenchHost.Post(client, "/api/segment", new { article, index = 3, label = "heading" });

        await WorkbenchHost.Post(client, "/api/segment", new { article, index = 1, label = (string?)null });
        Assert.Equal([3], host.Session.Store.Read(article).Segments.Keys);
        await WorkbenchHost.Post(client, "/api/segment", new { article, index = 3, label = (string?)null });

        Assert.False(File.Exists(Path.Combine(host.Labels, "segments", article + ".csv")));
        Assert.DoesNotContain(ArticleModelTraining.ReadLabels(host.Labels).Segments, s => s.Article == article);
    }

    [Fact]
    public async Task SaveSegment_UnknownLabelOrIndex_400AndNothingWritten()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var article = host.Session.Articles[0].Id;

        var badLabel = await WorkbenchHost.Post(host.Client(), "/api/segment", new { article, index = 0, label = "rumour" });
        var badIndex = await WorkbenchHost.Post(host.Client(), "/api/segment", new { article, index = 99, label = "heading" });

        Assert.Equal(HttpStatusCode.BadRequest, badLabel.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badIndex.StatusCode);
        Assert.False(File.Exists(Path.Combine(host.Labels, "segments", article + ".csv")));
    }

    [Fact]
    public async Task State_AfterASave_ShowsItSavedAndQueueLeastConfidentFirstWithoutIt()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var article = host.Session.Articles[2].Id;
        await WorkbenchHost.Post(host.Client(), "/api/segment", new { article, index = 4, label = "heading" });

        var state = await host.Client().GetFromJsonAsync<JsonElement>("/api/state");

        var shown = state.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == article);
        Assert.Equal("heading", shown.GetProperty("segments")[4].GetProperty("saved").GetString());
        var queue = state.GetProperty("queue").EnumerateArray().Select(q => (q.GetProperty("article").GetString()!, q.GetProperty("index").GetInt32())).ToArray();
        Assert.DoesNotContain((article, 4), queue);
        var confidences = queue.Select(q => host.Session.Find(q.Item1)!.Tagged.Segments[q.Item2].Confidence).ToArray();
        Assert.Equal(confidences.Order(), confidences);
        Assert.Equal(3 * 12 - 1, queue.Length);
    }

    [Fact]
    public async Task Reopen_SameArticleInANewRun_GetsTheSameIdAndItsSavedRows()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var article = host.Session.Articles[0];
        await WorkbenchHost.Post(host.Client(), "/api/segment", new { article = article.Id, index = 0, label = "boilerplate" });

        var again = Classifier.Cli.Workbench.WorkbenchSession.Open(host.Session.Options, host.Session.Tagger, TextWriter.Null);

        var reopened = again.Find(article.Id);
        Assert.NotNull(reopened);
        Assert.Equal("boilerplate", again.Store.Read(article.Id).Segments[0]);
    }
}
