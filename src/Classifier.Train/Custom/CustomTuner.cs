using System.Diagnostics;
using System.Globalization;
using Classifier.Train.Evaluation;
using Classifier.Train.Training;

namespace Classifier.Train.Custom;

/// <summary>
/// Settles <c>--l2 auto</c> and <c>--trainer auto</c> the way a tuned linear SVM's C is settled: every
/// candidate (trainer × L2 of <see cref="CustomTrainingOptions.L2Grid"/>) is scored by macro-F1 in a
/// k-fold CV on the training rows (grouped by the CV group column when given, else stratified by
/// label), and the best wins (a tie goes to the stronger L2, then to the earlier trainer). The same
/// inner CV also gives the out-of-fold scores the calibration is fitted on.
/// </summary>
internal static class CustomTuner
{
    public static CustomTuning Tune(CustomModelTrainer trainer, IReadOnlyList<CustomExample> examples, IReadOnlyList<string> labels, CustomTrainingOptions options, string? cvGroupColumn, TextWriter log)
    {
        var trainers = options.Trainer == CustomTrainers.Auto ? CustomTrainers.Tuned : [options.Trainer];
        var l2s = options.L2 is { } fixedL2 ? [fixedL2] : CustomTrainingOptions.L2Grid;
        var candidates = trainers.SelectMany(t => l2s.Select(l2 => new CustomCandidate(t, l2))).ToArray();
        var clock = Stopwatch.StartNew();
        var folds = Math.Max(2, options.TuneFolds);
        var method = CustomFolds.Describe(folds, cvGroupColumn);
        var assigned = CustomFolds.Assign(examples, folds, options.Seed);
        var truth = new List<string>();
        var scored = candidates.Select(_ => new List<float[]>()).ToArray();
        for (var f = 0; f < folds; f++)
        {
            var test = examples.Where((_, i) => assigned[i] == f).ToArray();
            if (test.Length == 0)
            {
                continue;
            }

            var models = trainer.TrainMany(examples.Where((_, i) => assigned[i] != f).ToArray(), candidates);
            truth.AddRange(test.Select(e => e.Label));
            for (var c = 0; c < candidates.Length; c++)
            {
                scored[c].AddRange(trainer.Score(models[c], test));
            }
        }

        if (candidates.Length == 1)
        {
            return new CustomTuning(options with { Trainer = candidates[0].Trainer, L2 = candidates[0].L2 }, null, [], new CustomOutOfFold(scored[0], truth, method));
        }

        var predicted = scored.Select(rows => rows.Select(s => ScoreReader.ArgMax(s, labels)).ToArray()).ToArray();
        var scores = candidates
            .Select((c, i) => (Candidate: c, Metrics: MetricsCalculator.Compute(method, labels, truth, predicted[i])))
            .ToArray();
        var best = scores
            .OrderByDescending(s => s.Metrics.MacroF1)
            .ThenByDescending(s => s.Candidate.L2)
            .ThenBy(s => Array.IndexOf([.. trainers], s.Candidate.Trainer))
            .First();
        log.WriteLine();
        log.WriteLine($"Tuning (--l2 {(options.L2 is null ? "auto" : "fixed")}, --trainer {options.Trainer}) by {method} on the training rows, macro-F1 / accuracy:");
        foreach (var (candidate, metrics) in scores)
        {
            log.WriteLine($"  {candidate.Trainer,-13} l2 {Format(candidate.L2),-7} {metrics.MacroF1:F4} / {metrics.Accuracy:F4}{(candidate == best.Candidate ? "  <- chosen" : "")}");
        }

        log.WriteLine($"Chosen: trainer {best.Candidate.Trainer}, l2 {Format(best.Candidate.L2)} (inner CV macro-F1 {best.Metrics.MacroF1:F4}; {clock.Elapsed.TotalSeconds:F1} s).");
        return new CustomTuning(
            options with { Trainer = best.Candidate.Trainer, L2 = best.Candidate.L2 },
            method,
            scores.Select(s => new CustomTuningScore(s.Candidate.Trainer, s.Candidate.L2, s.Metrics.MacroF1, s.Metrics.Accuracy)).ToArray(),
            new CustomOutOfFold(scored[Array.IndexOf(candidates, best.Candidate)], truth, method));
    }

    public static string Format(float l2) => l2.ToString("G3", CultureInfo.InvariantCulture);
}

/// <summary>
/// The settled options, how they were chosen (<c>null</c>: nothing to choose), every candidate's
/// inner-CV score, and the settled candidate's out-of-fold scores from that CV (run even when there is
/// nothing to choose, for the calibration; <see cref="CustomCalibrator"/>).
/// </summary>
internal sealed record CustomTuning(CustomTrainingOptions Options, string? Method, IReadOnlyList<CustomTuningScore> Scores, CustomOutOfFold? OutOfFold = null);

/// <summary>One candidate's inner-CV macro-F1 and accuracy.</summary>
internal sealed record CustomTuningScore(string Trainer, float L2, double MacroF1, double Accuracy);
