using System.Net;
using Classifier.Cli.Workbench;
using Classifier.Workbench.Tests.Support;

namespace Classifier.Workbench.Tests.Api;

/// <summary>Every address, the page included, needs the run's token.</summary>
[Collection(SmallModelCollection.Name)]
public sealed class TokenTests(SmallModelFixture model)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/state")]
    [InlineData("/api/retrain")]
    public async Task Get_WithoutToken_Forbidden(string path)
    {
        await using var host = await WorkbenchHost.InMemory(model);

        var response = await host.Client(withToken: false).GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("\"articles\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithWrongToken_ForbiddenAndNothingWritten()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var client = host.Client(withToken: false);
        client.DefaultRequestHeaders.Add(WorkbenchToken.Header, new string('0', host.Token.Value.Length));
        var article = host.Session.Articles[0].Id;

        var response = await WorkbenchHost.Post(client, "/api/segment", new { article, index = 0, label = "heading" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(host.Labels, "segments", article + ".csv")));
    }

    [Fact]
    public async Task Page_WithTokenInQuery_ServedWithTokenForTheScriptAndNothingFromElsewhere()
    {
        await using var host = await WorkbenchHost.InMemory(model);

        var page = await host.Client(withToken: false).GetStringAsync($"/?token={host.Token.Value}");

        Assert.Contains($"content=\"{host.Token.Value}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", page, StringComparison.Ordinal);
    }

    [Fact]
    public void NewRandom_DiffersPerRun()
    {
        Assert.NotEqual(WorkbenchToken.NewRandom().Value, WorkbenchToken.NewRandom().Value);
        Assert.True(WorkbenchToken.NewRandom().Value.Length >= 32);
    }
}
