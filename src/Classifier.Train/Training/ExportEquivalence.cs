using Classifier.Runtime.Models;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Classifier.Train.Training;

/// <summary>
/// Checks that the runtime's models score as the ML.NET models they were exported from: fits both
/// passes once, then scores segments with ML.NET's own <c>Transform</c> and with the exported
/// <see cref="LinearModel"/> and <see cref="TreeEnsembleModel"/>. The context pass is compared on
/// the same input (the exported first pass's probabilities), so each pass's difference is its own.
/// </summary>
internal sealed class ExportEquivalence
{
    private readonly SegmentModelTrainer _trainer;
    private readonly IReadOnlyList<string> _labels;
    private readonly ITransformer _firstFitted;
    private readonly LinearModel _first;
    private readonly BinaryPredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>?[] _contextFitted;
    private readonly TreeEnsembleModel _context;

    /// <summary>Fits the first pass on <paramref name="articles"/> and the context pass on its (in-sample) probabilities.</summary>
    public ExportEquivalence(SegmentModelTrainer trainer, IReadOnlyList<FeaturizedArticle> articles, IReadOnlyList<string> labels, double classWeightPower)
    {
        _trainer = trainer;
        _labels = labels;
        var weights = ClassWeights.For(articles.SelectMany(a => a.Labels), classWeightPower);
        (_firstFitted, _first) = trainer.FitFirstPass(articles, weights);
        _contextFitted = trainer.FitContextLabels(articles, trainer.ScoreFirst(_first, articles), weights);
        _context = trainer.ContextModel(_contextFitted);
    }

    /// <summary>Scores <paramref name="articles"/> both ways and reports the largest probability difference and the label flips of each pass.</summary>
    public EquivalenceReport Compare(IReadOnlyList<FeaturizedArticle> articles)
    {
        var first = _trainer.ScoreFirst(_first, articles).SelectMany(a => a).ToArray();
        var firstReference = ScoreReader.Read(_firstFitted, _trainer.FirstPassRows(articles), _labels);
        var rows = _trainer.ContextRows(articles, _trainer.ScoreFirst(_first, articles));
        var context = _context.ScoreAll([.. rows.Select(r => r.Features)]);
        var contextReference = ContextReference(rows);
        return new EquivalenceReport(first.Length, Compare(first, firstReference), Compare(context, contextReference));
    }

    // ML.NET's probability of each label's binary model, normalised over the labels (the one-vs-rest output formula).
    private float[][] ContextReference(List<(float[] Features, string Label, float Weight)> rows)
    {
        var result = rows.Select(_ => new float[_labels.Count]).ToArray();
        for (var l = 0; l < _labels.Count; l++)
        {
            if (_contextFitted[l] is not { } model)
            {
                continue;
            }

            var scored = model.Transform(_trainer.ContextLabelRows(rows, _labels[l]));
            var column = scored.Schema["Probability"];
            using var cursor = scored.GetRowCursor([column]);
            var getter = cursor.GetGetter<float>(column);
            var value = 0f;
            for (var i = 0; cursor.MoveNext(); i++)
            {
                getter(ref value);
                result[i][l] = value;
            }
        }

        foreach (var row in result)
        {
            double sum = 0;
            foreach (var p in row)
            {
                sum += p >= 0 ? p : 0;
            }

            for (var l = 0; l < row.Length; l++)
            {
                row[l] = sum > 0 ? (float)(Math.Max(row[l], 0) / sum) : Math.Max(row[l], 0);
            }
        }

        return result;
    }

    private static PassDifference Compare(float[][] ours, float[][] reference)
    {
        var max = 0f;
        var flips = 0;
        for (var i = 0; i < ours.Length; i++)
        {
            for (var l = 0; l < ours[i].Length; l++)
            {
                max = Math.Max(max, Math.Abs(ours[i][l] - reference[i][l]));
            }

            flips += ArgMax(ours[i]) == ArgMax(reference[i]) ? 0 : 1;
        }

        return new PassDifference(max, flips);
    }

    private static int ArgMax(float[] values) => Array.IndexOf(values, values.Max());
}

/// <summary>How far the exported models' probabilities are from ML.NET's on <paramref name="Segments"/> segments, per pass.</summary>
internal sealed record EquivalenceReport(int Segments, PassDifference FirstPass, PassDifference ContextPass);

/// <summary>The largest absolute probability difference and the number of segments whose most likely label differs.</summary>
internal sealed record PassDifference(float MaxDifference, int LabelFlips);
