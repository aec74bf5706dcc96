using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Classifier.Workbench.Tests.Support;

namespace Classifier.Workbench.Tests.Api;

/// <summary>Retraining from the API: one at a time, and a broken label file is a message on the page, not a trace.</summary>
[Collection(SmallModelCollection.Name)]
public sealed class RetrainApiTests(SmallModelFixture model)
{
    [Fact]
    public async Task Retrain_MalformedLabelFile_FailsWithTheFileAndLineAndKeepsTheModel()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        File.WriteAllText(Path.Combine(host.Labels, "broken.csv"), "article,index,text,label\nx,zero,Some text,heading\n");
        var manifest = File.ReadAllText(Path.Combine(host.Models, "manifest.json"));
        var client = host.Client();

        var started = await client.PostAsync("/api/retrain", null);
        var again = await client.PostAsync("/api/retrain", null);
        var status = await Finished(client);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.True(again.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.Accepted);
        Assert.Equal("failed", status.GetProperty("state").GetString());
        var error = status.GetProperty("error").GetString()!;
        Assert.Contains("broken.csv:2:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(host.Models, "manifest.json")));
    }

    [Fact]
    public async Task Retrain_WhileRunning_Conflict()
    {
        await using var host = await WorkbenchHost.InMemory(model);
        var client = host.Client();

        var first = await client.PostAsync("/api/retrain", null);
        var second = await client.PostAsync("/api/retrain", null);
        var status = await Finished(client);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("done", status.GetProperty("state").GetString());
        Assert.True(status.GetProperty("macroF1After").GetDouble() > 0.5);
    }

    private static async Task<JsonElement> Finished(HttpClient client)
    {
        for (var i = 0; i < 600; i++)
        {
            var status = await client.GetFromJsonAsync<JsonElement>("/api/retrain");
            if (status.GetProperty("state").GetString() != "running")
            {
                return status;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("the retraining did not finish in 5 minutes");
    }
}
