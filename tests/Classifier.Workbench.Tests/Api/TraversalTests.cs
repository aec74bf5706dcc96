using System.Net;
using Classifier.Workbench.Tests.Support;

namespace Classifier.Workbench.Tests.Api;

/// <summary>Only the article files and folders given can be opened, and an article id never names a file outside the labels folder.</summary>
[Collection(SmallModelCollection.Name)]
public sealed class TraversalTests(SmallModelFixture model)
{
    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("ARTICLES/../labels/segments.csv")]
    [InlineData("ARTICLES/../../../../etc/passwd")]
    [InlineData("ARTICLES/../secret.txt")]
    [InlineData("ARTICLES/sub/../../secret.txt")]
    [InlineData("ARTICLES/ferry.txt\0.csv")]
    [InlineData("")]
    public async Task Open_OutsideTheGivenFolders_Forbidden(string path)
    {
        await using var host = await WorkbenchHost.InMemory(model);
        File.WriteAllText(Path.Combine(host.Root, "secret.txt"), "not for the workbench");

        var response = await WorkbenchHost.Post(host.Client(), "/api/open", new { path = path.Replace("ARTICLES", host.Articles, StringComparison.Ordinal) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(3, host.Session.Articles.Count);
    }

    [Fact]
    public async Task Open_SymbolicLinkInAFolderPointingOutside_Forbidden()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var secret = Path.Combine(host.Root, "secret.txt");
        File.WriteAllText(secret, "not for the workbench");
        var link = Path.Combine(host.Articles, "link.txt");
        File.CreateSymbolicLink(link, secret);

        var response = await WorkbenchHost.Post(host.Client(), "/api/open", new { path = link });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Open_NewTextFileInsideAGivenFolder_Opened()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var added = Path.Combine(host.Articles, "added.txt");
        File.WriteAllText(added, "Harbour wall repaired\nThe harbour wall was repaired on Friday after the storm damaged it last month.");

        var response = await WorkbenchHost.Post(host.Client(), "/api/open", new { path = Path.Combine(host.Articles, "x", "..", "added.txt") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(host.Session.Articles, a => a.Origin == added);
    }

    [Theory]
    [InlineData("../../escape")]
    [InlineData("..")]
    [InlineData("/tmp/x")]
    [InlineData("wb-FERRY")]
    public async Task Save_WithAnIdThatIsNotAnOpenArticle_NotFoundAndNoFileWritten(string article)
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var before = Directory.GetFiles(host.Root, "*", SearchOption.AllDirectories).Length;

        var response = await WorkbenchHost.Post(host.Client(), "/api/segment", new { article, index = 0, label = "heading" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, Directory.GetFiles(host.Root, "*", SearchOption.AllDirectories).Length);
    }
}
