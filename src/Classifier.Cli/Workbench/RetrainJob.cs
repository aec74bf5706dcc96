using Classifier.Runtime.Bundle;
using Classifier.Runtime.Tagging;
using Classifier.Train.Api;
using Classifier.Train.Labels;

namespace Classifier.Cli.Workbench;

/// <summary>
/// One retraining at a time, in the background: trains from the labels folder with grouped
/// cross-validation, loads the new bundle into the session and records the macro-F1 before (the
/// current bundle's, when it was cross-validated) and after, and the segments whose label changed.
/// The page polls <see cref="Status"/>; a failure is a message, never a stack trace.
/// </summary>
internal sealed class RetrainJob(WorkbenchSession session)
{
    private const int KeptLogLines = 200;
    private readonly Lock _gate = new();
    private readonly List<string> _log = [];
    private RetrainStatus _status = new("idle", null, null, null, null, [], [], null);
    private DateTime _started;

    /// <summary>Starts a retraining unless one is running; returns whether it started.</summary>
    public bool Start()
    {
        lock (_gate)
        {
            if (_status.State == "running")
            {
                return false;
            }

            _log.Clear();
            _started = DateTime.UtcNow;
            _status = new RetrainStatus("running", 0, null, null, null, [], [], null);
        }

        _ = Task.Run(Run);
        return true;
    }

    public RetrainStatus Status
    {
        get
        {
            lock (_gate)
            {
                return _status with { Log = [.. _log], Seconds = Elapsed() };
            }
        }
    }

    private void Run()
    {
        var before = session.Tagger.Manifest.Metrics.TryGetValue("segments", out var old) ? old.MacroF1 : (double?)null;
        try
        {
            var output = session.Options.RetrainOutput;
            var manifest = ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = session.Store.Folder, Output = output, Folds = session.Options.Folds }, new LineLog(Append));
            var after = manifest.Metrics.TryGetValue("segments", out var metrics) ? metrics.MacroF1 : (double?)null;
            var changes = session.Retag(ArticleTagger.Load(output));
            Finish(new RetrainStatus("done", null, before, after, null, [], changes, output));
        }
        catch (Exception e) when (e is LabelFileException or ModelBundleException or IOException or UnauthorizedAccessException)
        {
            Finish(new RetrainStatus("failed", null, before, null, e.Message, [], [], null));
        }
        catch (Exception e)
        {
            // Anything else (an ML.NET failure): this runs on a background task, where an escaping exception
            // would be lost and leave the page polling "running" for ever; the page gets the message, not the trace.
            Finish(new RetrainStatus("failed", null, before, null, $"training failed: {e.Message}", [], [], null));
        }
    }

    private void Finish(RetrainStatus status)
    {
        lock (_gate)
        {
            _status = status with { Seconds = Elapsed() };
        }
    }

    private double Elapsed() => _started == default ? 0 : Math.Round((DateTime.UtcNow - _started).TotalSeconds, 1);

    private void Append(string line)
    {
        lock (_gate)
        {
            _log.Add(line);
            if (_log.Count > KeptLogLines)
            {
                _log.RemoveAt(0);
            }
        }
    }
}
