using System.Diagnostics;
using System.Globalization;

namespace Classifier.Cli.Commands;

/// <summary>
/// A live count and rate of processed articles on standard error, shown only when standard error
/// is a terminal, so scripts and pipes see nothing.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _enabled;
    private TimeSpan _lastDraw;
    private long _count;

    private ProgressReporter(bool enabled) => _enabled = enabled;

    public static ProgressReporter Create() => new(!Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null);

    public void Tick()
    {
        _count++;
        if (_enabled && _clock.Elapsed - _lastDraw >= Interval)
        {
            _lastDraw = _clock.Elapsed;
            Draw();
        }
    }

    public void Dispose()
    {
        if (_enabled && _count > 0)
        {
            Draw();
            Console.Error.WriteLine();
        }
    }

    private void Draw()
    {
        var rate = _count / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{_count} articles  {rate:F1}/s  {_clock.Elapsed:mm\\:ss}"));
    }
}
