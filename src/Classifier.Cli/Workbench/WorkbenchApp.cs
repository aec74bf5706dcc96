using System.Net;
using Classifier.Runtime.Quotes;
using Classifier.Train.Labels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Classifier.Cli.Workbench;

/// <summary>
/// The workbench's web application: the page at <c>/</c> and its JSON API under <c>/api</c>, behind
/// the token and size checks, listening on <see cref="WorkbenchOptions.Host"/> (127.0.0.1 unless told
/// otherwise). No framework logging: an unexpected error answers a one-line JSON message.
/// </summary>
internal static class WorkbenchApp
{
    /// <param name="session">The articles, corpus and model served.</param>
    /// <param name="token">The run's token every request must carry.</param>
    /// <param name="configure">Lets the tests swap Kestrel for the in-memory test server.</param>
    public static WebApplication Build(WorkbenchSession session, WorkbenchToken token, Action<WebApplicationBuilder>? configure = null)
    {
        var options = session.Options;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => Results.Json(new { error = "the workbench hit an unexpected error; the corpus files were not changed by this request" }, statusCode: 500).ExecuteAsync(context),
        });
        app.Use((context, next) => RequestGuards.Check(context, next, token, options.MaxRequestBytes));
        Map(app, session, token, new RetrainJob(session));
        return app;
    }

    private static void Map(WebApplication app, WorkbenchSession session, WorkbenchToken token, RetrainJob retrain)
    {
        app.MapGet("/", () => Results.Content(PageAssets.Page(token), "text/html; charset=utf-8"));
        var api = app.MapGroup("/api");
        api.MapGet("/state", () => Results.Json(WorkbenchView.State(session)));
        api.MapPost("/segment", (SegmentRequest request) => SaveSegment(session, request));
        api.MapPost("/quote", (QuoteRequest request) => SaveQuote(session, request));
        api.MapPost("/accept", (ArticleRequest request) => AcceptArticle(session, request));
        api.MapPost("/restore", (RestoreRequest request) => Restore(session, request));
        api.MapPost("/open", (OpenRequest request) => OpenFile(session, request));
        api.MapPost("/retrain", () => retrain.Start() ? Results.Accepted("/api/retrain", retrain.Status) : Results.Conflict(new { error = "a retraining is running already" }));
        api.MapGet("/retrain", () => Results.Json(retrain.Status));
    }

    private static IResult SaveSegment(WorkbenchSession session, SegmentRequest request)
    {
        if (Lookup(session, request.Article) is not { } article)
        {
            return UnknownArticle(request.Article);
        }

        if (request.Index < 0 || request.Index >= article.Tagged.Segments.Count)
        {
            return Results.BadRequest(new { error = $"article '{article.Id}' has no segment {request.Index}" });
        }

        if (request.Label is not null && !session.Tagger.Labels.Contains(request.Label))
        {
            return Results.BadRequest(new { error = $"unknown label '{request.Label}'" });
        }

        return Save(session, article, saved =>
        {
            var segments = new Dictionary<int, string>(saved.Segments);
            if (request.Label is null)
            {
                segments.Remove(request.Index);
            }
            else
            {
                segments[request.Index] = request.Label;
            }

            return saved with { Segments = segments };
        });
    }

    private static IResult SaveQuote(WorkbenchSession session, QuoteRequest request)
    {
        if (Lookup(session, request.Article) is not { } article)
        {
            return UnknownArticle(request.Article);
        }

        var found = article.Tagged.Quotes.FirstOrDefault(q => q.Segment == request.Segment && q.Text == request.Quote);
        if (found is null)
        {
            return Results.BadRequest(new { error = "no such quote in that segment" });
        }

        if (found.Speaker is null)
        {
            return Results.BadRequest(new { error = "the quote's speaker was not found, and a quote row needs one" });
        }

        if (request.Stance is not null && !WorkbenchView.StanceKeys.Values.Contains(request.Stance))
        {
            return Results.BadRequest(new { error = $"unknown stance '{request.Stance}'" });
        }

        return Save(session, article, saved => WithStance(saved, found, request.Stance));
    }

    private static IResult AcceptArticle(WorkbenchSession session, ArticleRequest request)
    {
        if (Lookup(session, request.Article) is not { } article)
        {
            return UnknownArticle(request.Article);
        }

        return Save(session, article, saved =>
        {
            var segments = article.Tagged.Segments.ToDictionary(s => s.Index, s => saved.Segments.GetValueOrDefault(s.Index) ?? s.Label);
            var next = saved with { Segments = segments };
            foreach (var q in article.Tagged.Quotes.Where(q => q.Speaker is not null && q.Stance is not null))
            {
                if (!next.Quotes.Any(l => Same(l, q)))
                {
                    next = WithStance(next, q, q.Stance);
                }
            }

            return next;
        });
    }

    private static IResult Restore(WorkbenchSession session, RestoreRequest request)
    {
        if (Lookup(session, request.Article) is not { } article)
        {
            return UnknownArticle(request.Article);
        }

        var labels = session.Tagger.Labels;
        if (request.Segments.Any(p => p.Key < 0 || p.Key >= article.Tagged.Segments.Count || !labels.Contains(p.Value)))
        {
            return Results.BadRequest(new { error = "a segment index or label is not this article's" });
        }

        return Save(session, article, _ => new ArticleLabels(request.Segments, request.Quotes ?? []));
    }

    private static IResult OpenFile(WorkbenchSession session, OpenRequest request)
    {
        if (session.Guard.Allow(request.Path ?? "") is not { } path)
        {
            return Results.Json(new { error = "only the article files given to classify label, and *.txt files in the folders given, can be opened" }, statusCode: 403);
        }

        var (article, error) = session.OpenFile(path);
        return article is null ? Results.BadRequest(new { error }) : Results.Json(new { article = article.Id });
    }

    private static IResult Save(WorkbenchSession session, WorkbenchArticle article, Func<ArticleLabels, ArticleLabels> change)
    {
        try
        {
            var saved = session.Store.Update(article, change);
            return Results.Json(new { article = article.Id, segments = saved.Segments, quotes = saved.Quotes });
        }
        catch (LabelFileException e)
        {
            // The trainer's reader rejected the rows: nothing was replaced.
            return Results.BadRequest(new { error = $"not saved: {e.Message}" });
        }
    }

    private static ArticleLabels WithStance(ArticleLabels saved, Reaction quote, string? stance)
    {
        var quotes = saved.Quotes.Where(l => !Same(l, quote)).ToList();
        if (stance is not null)
        {
            quotes.Add(new QuoteLabel(quote.Segment, quote.Speaker!, WorkbenchView.ChannelName(quote.Channel), stance, quote.Text.Trim()));
        }

        return saved with { Quotes = quotes };
    }

    private static bool Same(QuoteLabel label, Reaction quote) => label.Segment == quote.Segment && label.Quote == quote.Text.Trim();

    private static WorkbenchArticle? Lookup(WorkbenchSession session, string? id) =>
        id is not null && ArticleIds.IsSafe(id) ? session.Find(id) : null;

    private static IResult UnknownArticle(string? id) => Results.NotFound(new { error = $"no article '{id}' is open in this workbench" });
}
