using System.Net.Http.Json;
using Classifier.Cli.Workbench;
using Classifier.Runtime.Tagging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Classifier.Workbench.Tests.Support;

/// <summary>
/// One workbench over a fresh folder: three invented articles in <c>articles/</c>, a copy of the small
/// corpus as the labels folder, the small model; served in memory (API tests) or by Kestrel on a free
/// port of 127.0.0.1 (browser tests).
/// </summary>
internal sealed class WorkbenchHost : IAsyncDisposable
{
    private readonly TempFolder _temp = new("classifier-workbench");

    private WorkbenchHost(SmallModelFixture model, bool kestrel, int folds)
    {
        Articles = _temp.Combine("articles");
        Directory.CreateDirectory(Articles);
        foreach (var (name, text) in TestArticles.All)
        {
            File.WriteAllText(Path.Combine(Articles, name), text);
        }

        Labels = _temp.Combine("labels");
        CopyFolder(model.Labels, Labels);
        Models = _temp.Combine("models");
        CopyFolder(model.ModelDirectory, Models);
        var options = new WorkbenchOptions { Paths = [Articles], Labels = Labels, Models = Models, Port = 0, Folds = folds, MaxRequestBytes = MaxRequestBytes };
        Session = WorkbenchSession.Open(options, ArticleTagger.Load(Models), TextWriter.Null);
        Token = WorkbenchToken.NewRandom();
        App = WorkbenchApp.Build(Session, Token, kestrel ? null : b => b.WebHost.UseTestServer());
    }

    public const long MaxRequestBytes = 16 * 1024;

    public string Articles { get; }

    public string Labels { get; }

    public string Models { get; }

    public string Root => _temp.Path;

    public WorkbenchSession Session { get; }

    public WorkbenchToken Token { get; }

    public WebApplication App { get; }

    /// <summary>The page's address with the token, once started on Kestrel.</summary>
    public string PageUrl => $"{App.Urls.First()}/?token={Token.Value}";

    public static async Task<WorkbenchHost> InMemory(SmallModelFixture model, int folds = 2)
    {
        var host = new WorkbenchHost(model, kestrel: false, folds);
        await host.App.StartAsync();
        return host;
    }

    public static async Task<WorkbenchHost> OnLoopback(SmallModelFixture model, int folds = 2)
    {
        var host = new WorkbenchHost(model, kestrel: true, folds);
        await host.App.StartAsync();
        return host;
    }

    /// <summary>A client of the in-memory server, sending the token unless told not to.</summary>
    public HttpClient Client(bool withToken = true)
    {
        var client = App.GetTestClient();
        if (withToken)
        {
            client.DefaultRequestHeaders.Add(WorkbenchToken.Header, Token.Value);
        }

        return client;
    }

    public static Task<HttpResponseMessage> Post(HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        _temp.Dispose();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
