using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Classifier.Cli.Commands;

/// <summary>
/// A live Spectre.Console progress display on standard error: articles done, rate, and, when the
/// total is known (text files and folders), a bar and the time left. Shown only when standard error
/// is a terminal (and not under CI), so scripts and pipes see nothing.
/// </summary>
internal static class ProgressDisplay
{
    public static bool Enabled => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>Runs <paramref name="body"/>, giving it a tick to call once per article.</summary>
    public static T Run<T>(long? total, Func<Action, T> body)
    {
        if (!Enabled)
        {
            return body(() => { });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Interactive = InteractionSupport.Yes });
        var clock = Stopwatch.StartNew();
        var columns = new List<ProgressColumn> { new TaskDescriptionColumn(), new CountColumn(clock) };
        if (total is > 0)
        {
            columns.AddRange([new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn()]);
        }

        columns.Add(new ElapsedTimeColumn());
        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns([.. columns])
            .Start(context =>
            {
                var task = context.AddTask("articles", maxValue: total is > 0 ? total.Value : double.MaxValue);
                task.IsIndeterminate = total is not > 0;
                var result = body(() => task.Increment(1));
                if (total is not > 0)
                {
                    task.MaxValue = task.Value;
                }

                task.StopTask();
                return result;
            });
    }

    /// <summary>Articles done and articles per second since the start.</summary>
    private sealed class CountColumn(Stopwatch clock) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var rate = task.Value / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
            return new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0} done  {rate:N1}/s"));
        }
    }
}
