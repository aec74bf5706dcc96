using System.Net;
using System.Text;
using Classifier.Workbench.Tests.Support;

namespace Classifier.Workbench.Tests.Api;

/// <summary>Bodies over the limit are refused before they are parsed, with or without a length; bad JSON is a 400 without a trace.</summary>
[Collection(SmallModelCollection.Name)]
public sealed class SizeLimitTests(SmallModelFixture model)
{
    [Fact]
    public async Task Post_LargerThanTheLimit_413AndNothingWritten()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var article = host.Session.Articles[0].Id;
        var body = $"{{\"article\":\"{article}\",\"index\":0,\"label\":\"heading\",\"pad\":\"{new string('x', (int)WorkbenchHost.MaxRequestBytes)}\"}}";

        var response = await host.Client().PostAsync("/api/segment", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(host.Labels, "segments", article + ".csv")));
    }

    [Fact]
    public async Task Post_ChunkedLargerThanTheLimit_413()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var content = new StreamContent(new MemoryStream(new byte[WorkbenchHost.MaxRequestBytes * 2]));
        content.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/open") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await host.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnderTheLimit_Accepted()
    {
        await using var host = await WorkbenchHost.InMemory(model);

        var response = await WorkbenchHost.Post(host.Client(), "/api/segment", new { article = host.Session.Articles[0].Id, index = 0, label = "heading" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_MalformedJson_400WithoutStackTrace()
    {
        await using var host = await WorkbenchHost.InMemory(model);

        var response = await host.Client().PostAsync("/api/segment", new StringContent("{\"article\": [", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }
}
