using System.Diagnostics;
using System.Globalization;
using Classifier.Runtime.Encoders;
using Classifier.Runtime.Features;
using Classifier.Train.Evaluation;
using Classifier.Train.Training;

namespace Classifier.Train.TextClassifiers;

/// <summary>
/// Settles <c>--l2 auto</c>, <c>--trainer auto</c>, <c>--weighting auto</c> and <c>--features auto</c> the way a
/// tuned linear SVM's C is settled: every candidate (featurization, i.e. features × weighting, × trainer × L2 of
/// <see cref="TextClassifierTrainingSettings.L2Grid"/>) is scored by macro-F1 in a
/// k-fold CV on the training rows (grouped by the CV group column when given, else stratified by
/// label), and the best wins (a tie goes to the stronger L2, then to the earlier trainer; a costlier
/// featurization — TF-IDF, the sentence encoder — must beat the cheaper one by
/// <see cref="TextClassifierTrainingSettings.WeightingMargin"/>). The same
/// inner CV also gives the out-of-fold scores the calibration is fitted on.
/// </summary>
internal static class TextClassifierTuner
{
    /// <summary>
    /// Scores every candidate; <paramref name="trainerFor"/> gives the trainer over a featurization (one per
    /// feature set and weighting tried, <see cref="Featurizations"/>).
    /// </summary>
    public static TextClassifierTuning Tune(Func<TextClassifierFeaturizerOptions, TextClassifierTrainer> trainerFor, TextClassifierFeaturizerOptions featurizer, IReadOnlyList<TextExample> examples, IReadOnlyList<string> labels, TextClassifierTrainingSettings options, string? cvGroupColumn, TextWriter log, ITextEmbedder? embedder)
    {
        var trainers = options.Trainer == TextClassifierTrainers.Auto ? TextClassifierTrainers.Tuned : [options.Trainer];
        var l2s = options.L2 is { } fixedL2 ? [fixedL2] : TextClassifierTrainingSettings.L2Grid;
        var weightings = Featurizations(featurizer, options, embedder)
            .Select(f => (Featurizer: f, Trainer: trainerFor(f)))
            .ToArray();
        var perWeighting = trainers.SelectMany(t => l2s.Select(l2 => new TrainerCandidate(t, l2))).ToArray();
        var candidates = weightings.SelectMany((_, w) => perWeighting.Select(c => (Weighting: w, c.Trainer, c.L2))).ToArray();
        var clock = Stopwatch.StartNew();
        var folds = Math.Max(2, options.TuneFolds);
        var method = TextClassifierFolds.Describe(folds, cvGroupColumn);
        var assigned = TextClassifierFolds.Assign(examples, folds, options.Seed);
        var truth = new List<string>();
        var scored = candidates.Select(_ => new List<float[]>()).ToArray();
        for (var f = 0; f < folds; f++)
        {
            var test = examples.Where((_, i) => assigned[i] == f).ToArray();
            if (test.Length == 0)
            {
                continue;
            }

            var train = examples.Where((_, i) => assigned[i] != f).ToArray();
            truth.AddRange(test.Select(e => e.Label));
            for (var w = 0; w < weightings.Length; w++)
            {
                var trainer = weightings[w].Trainer;
                var models = trainer.TrainMany(train, perWeighting);
                for (var c = 0; c < perWeighting.Length; c++)
                {
                    scored[(w * perWeighting.Length) + c].AddRange(trainer.Score(models[c], test));
                }
            }
        }

        TextClassifierTuning Settled(int c, string? how, IReadOnlyList<TextClassifierTuningScore> scores) => new(
            options with
            {
                Trainer = candidates[c].Trainer,
                L2 = candidates[c].L2,
                Weighting = TextClassifierWeightings.Of(weightings[candidates[c].Weighting].Featurizer.TfIdf),
                Features = weightings[candidates[c].Weighting].Featurizer.Features,
            },
            weightings[candidates[c].Weighting].Featurizer,
            how,
            scores,
            new TextClassifierOutOfFold(scored[c], truth, method));

        if (candidates.Length == 1)
        {
            return Settled(0, null, []);
        }

        var predicted = scored.Select(rows => rows.Select(s => ScoreReader.ArgMax(s, labels)).ToArray()).ToArray();
        var scores = candidates
            .Select((c, i) => (weightings[c.Weighting].Featurizer, c.Trainer, c.L2, Metrics: MetricsCalculator.Compute(method, labels, truth, predicted[i])))
            .Select(c => new TextClassifierTuningScore(c.Featurizer.Features, TextClassifierWeightings.Of(c.Featurizer.TfIdf), c.Trainer, c.L2, c.Metrics.MacroF1, c.Metrics.Accuracy))
            .ToArray();

        // Within a featurization the best wins; ties go to the stronger L2, then to the earlier trainer. A later
        // featurization (TF-IDF, the encoder) replaces the best so far only when it wins by more than the margin.
        int BestOf(int w) => Enumerable.Range(0, candidates.Length)
            .Where(i => candidates[i].Weighting == w)
            .OrderByDescending(i => scores[i].MacroF1)
            .ThenByDescending(i => candidates[i].L2)
            .ThenBy(i => Array.IndexOf([.. trainers], candidates[i].Trainer))
            .First();
        var best = BestOf(0);
        for (var w = 1; w < weightings.Length; w++)
        {
            var challenger = BestOf(w);
            if (scores[challenger].MacroF1 > scores[best].MacroF1 + options.WeightingMargin)
            {
                best = challenger;
            }
        }

        log.WriteLine();
        log.WriteLine($"Tuning (--l2 {(options.L2 is null ? "auto" : "fixed")}, --trainer {options.Trainer}, --weighting {options.Weighting}, --features {options.Features}) by {method} on the training rows, macro-F1 / accuracy:");
        for (var i = 0; i < scores.Length; i++)
        {
            var s = scores[i];
            log.WriteLine($"  {s.Features,-10} {s.Weighting,-7} {s.Trainer,-13} l2 {Format(s.L2),-7} {s.MacroF1:F4} / {s.Accuracy:F4}{(i == best ? "  <- chosen" : "")}");
        }

        var chosen = scores[best];
        log.WriteLine($"Chosen: trainer {chosen.Trainer}, l2 {Format(chosen.L2)}, weighting {chosen.Weighting}, features {chosen.Features} (inner CV macro-F1 {chosen.MacroF1:F4}; {clock.Elapsed.TotalSeconds:F1} s).");
        return Settled(best, method, scores);
    }

    /// <summary>
    /// The featurizations the settings leave to try, cheapest first: each feature set with each weighting
    /// (the encoder alone has no n-grams to weigh, so once). Those reading the encoder name it.
    /// </summary>
    public static IReadOnlyList<TextClassifierFeaturizerOptions> Featurizations(TextClassifierFeaturizerOptions featurizer, TextClassifierTrainingSettings options, ITextEmbedder? embedder) =>
        TextClassifierFeatureChoices.Candidates(options.Features)
            .SelectMany(features => (TextFeatureSets.ReadsNgrams(features) ? TextClassifierWeightings.Candidates(options.Weighting) : [false])
                .Select(tfIdf => featurizer with
                {
                    Features = features,
                    TfIdf = tfIdf,
                    Encoder = TextFeatureSets.ReadsEmbeddings(features) ? embedder?.Identity ?? throw new ArgumentException($"features '{features}' need a sentence encoder", nameof(embedder)) : null,
                    EncoderDimension = TextFeatureSets.ReadsEmbeddings(features) ? embedder!.Dimension : 0,
                }))
            .ToArray();

    public static string Format(float l2) => l2.ToString("G3", CultureInfo.InvariantCulture);
}

/// <summary>
/// The settled options, how they were chosen (<c>null</c>: nothing to choose), every candidate's
/// inner-CV score, and the settled candidate's out-of-fold scores from that CV (run even when there is
/// nothing to choose, for the calibration; <see cref="TextClassifierCalibrator"/>).
/// </summary>
internal sealed record TextClassifierTuning(TextClassifierTrainingSettings Options, TextClassifierFeaturizerOptions Featurizer, string? Method, IReadOnlyList<TextClassifierTuningScore> Scores, TextClassifierOutOfFold OutOfFold);

/// <summary>One candidate's inner-CV macro-F1 and accuracy.</summary>
internal sealed record TextClassifierTuningScore(string Features, string Weighting, string Trainer, float L2, double MacroF1, double Accuracy);
