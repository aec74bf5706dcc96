using System.CommandLine;
using System.Net;
using Classifier.Cli.Workbench;
using Classifier.Train.Labels;
using Microsoft.AspNetCore.Connections;

namespace Classifier.Cli.Commands;

/// <summary><c>classify label</c>: the labelling workbench, a local web page over the articles given that writes rows to a labels folder.</summary>
internal static class LabelCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article text files, or folders of *.txt, to label.", Arity = ArgumentArity.OneOrMore };
        var labels = new Option<string>("--labels") { Description = "The labels folder rows are written to (segments/, quotes/) and retraining reads.", Required = true };
        var models = new Option<string?>("--models") { Description = "Model bundle to start from, replaced by retraining (default: the default models; retraining then writes DIR-models)." };
        var port = new Option<int>("--port") { Description = "Port to listen on (0: any free port).", DefaultValueFactory = _ => WorkbenchOptions.DefaultPort };
        var host = new Option<string>("--host") { Description = "Address to listen on; other machines can reach anything but 127.0.0.1.", DefaultValueFactory = _ => "127.0.0.1" };
        var folds = new Option<int>("--folds") { Description = "Folds of the cross-validation grouped by article a retraining reports.", DefaultValueFactory = _ => 5 };
        var command = new Command("label", "Open the labelling workbench in the browser: correct the model's labels by keyboard, save them to the labels folder, retrain.")
        {
            paths, labels, models, port, host, folds,
        };
        command.SetAction((parse, cancel) =>
        {
            if (!IPAddress.TryParse(parse.GetValue(host), out _))
            {
                stderr.WriteLine($"classify: --host '{parse.GetValue(host)}' is not an IP address (127.0.0.1 is the safe one)");
                return Task.FromResult(ExitCodes.Usage);
            }

            var options = new WorkbenchOptions
            {
                Paths = parse.GetValue(paths)!,
                Labels = parse.GetValue(labels)!,
                Models = parse.GetValue(models),
                Port = parse.GetValue(port),
                Host = parse.GetValue(host)!,
                Folds = parse.GetValue(folds),
            };
            return Serve(options, stdout, stderr, cancel);
        });
        return command;
    }

    private static async Task<int> Serve(WorkbenchOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        var tagger = DefaultModels.Load(options.Models, new Runtime.Tagging.TaggerOptions(), stderr);
        if (tagger is null)
        {
            return ExitCodes.Failed;
        }

        WorkbenchSession session;
        try
        {
            session = WorkbenchSession.Open(options, tagger, stderr);
        }
        catch (Exception e) when (e is LabelFileException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"classify: {e.Message}");
            return ExitCodes.Failed;
        }

        var token = WorkbenchToken.NewRandom();
        await using var app = WorkbenchApp.Build(session, token);
        try
        {
            await app.StartAsync(cancel);
        }
        catch (Exception e) when (e is AddressInUseException || e.InnerException is AddressInUseException)
        {
            stderr.WriteLine($"classify: port {options.Port} on {options.Host} is in use by another program; pass --port with another number (or --port 0 for any free one)");
            return ExitCodes.Failed;
        }
        catch (IOException e)
        {
            // Kestrel's other bind failures (an address this machine does not have, a port below 1024): its message, without the trace.
            stderr.WriteLine($"classify: cannot listen on {options.Host}:{options.Port}: {e.Message}");
            return ExitCodes.Failed;
        }

        var address = app.Urls.First();
        stdout.WriteLine($"classify: labelling {session.Articles.Count} article(s) into '{session.Store.Folder}'");
        stdout.WriteLine($"classify: open {address}/?token={token.Value}   (Ctrl+C stops)");
        stdout.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the normal way to stop.
        }

        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Success;
    }
}
