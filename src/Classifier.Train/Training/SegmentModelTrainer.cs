using Classifier.Runtime.Features;
using Classifier.Runtime.Models;
using Classifier.Train.Evaluation;
using Classifier.Train.Pipelines;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Classifier.Train.Training;

/// <summary>
/// Trains the two-pass segment model and scores with it the way the tagger does (the runtime
/// models, not ML.NET). The context pass learns from out-of-fold first-pass probabilities, so it
/// sees first-pass mistakes as they occur on unseen articles.
/// </summary>
internal sealed class SegmentModelTrainer(MLContext ml, ArticleFeaturizer featurizer, NgramHasher hasher, TrainingOptions options, IReadOnlyList<string> labels)
{
    public TrainedSegmentModel Train(IReadOnlyList<FeaturizedArticle> articles)
    {
        var weights = ClassWeights.For(articles.SelectMany(a => a.Labels), options.ClassWeightPower);
        var first = FitFirst(articles, weights);
        if (!options.ContextPass)
        {
            return new TrainedSegmentModel(first, null);
        }

        var folds = GroupFolds.Assign(articles.Select(a => a.Id), options.InnerFolds, options.Seed);
        var outOfFold = new float[articles.Count][][];
        for (var f = 0; f < options.InnerFolds; f++)
        {
            var held = Enumerable.Range(0, articles.Count).Where(i => folds[articles[i].Id] == f).ToArray();
            var model = FitFirst(articles.Where(a => folds[a.Id] != f).ToArray(), weights);
            var scored = ScoreFirst(model, held.Select(i => articles[i]).ToArray());
            for (var h = 0; h < held.Length; h++)
            {
                outOfFold[held[h]] = scored[h];
            }
        }

        return new TrainedSegmentModel(first, FitContext(articles, outOfFold, weights));
    }

    /// <summary>First-pass and final probabilities per article and segment, in label order; the first pass is scored once and feeds the context pass.</summary>
    public (float[][][] First, float[][][] Final) PredictBothPasses(TrainedSegmentModel model, IReadOnlyList<FeaturizedArticle> articles)
    {
        var first = ScoreFirst(model.FirstPass, articles);
        return (first, model.ContextPass is null ? first : ScoreContext(model.ContextPass, articles, first));
    }

    /// <summary>The segments' first-pass rows as ML.NET reads them (labels and weights when given), for training and for the equivalence checks.</summary>
    internal IDataView FirstPassRows(IReadOnlyList<FeaturizedArticle> articles, Dictionary<string, float>? weights = null)
    {
        var rows = articles.SelectMany(a => a.Features.Select((f, i) => new HashedRow
        {
            Ngrams = a.Ngrams[i],
            Dense = f.Dense,
            Label = a.Labels[i],
            Weight = weights?[a.Labels[i]] ?? 1f,
        })).ToList();
        return ml.Data.LoadFromEnumerable(rows, TrainingRows.ForHashed(hasher.Dimension, featurizer.DenseCount));
    }

    /// <summary>The first pass as ML.NET fitted it, and as the runtime's linear model.</summary>
    internal (ITransformer Fitted, LinearModel Model) FitFirstPass(IReadOnlyList<FeaturizedArticle> articles, Dictionary<string, float> weights)
    {
        var data = FirstPassRows(articles, weights);

        // Every fit gets a context of its own: the solver's shuffling then depends on its rows and the
        // seed alone, not on how many models the shared context trained before (folds, other passes).
        var fitted = PipelineFactory.TextClassifier(new MLContext(options.Seed), options).Fit(data);
        return (fitted, ModelExport.FromMaxEnt(fitted, data.Schema, hasher.Dimension, featurizer.DenseCount));
    }

    private LinearModel FitFirst(IReadOnlyList<FeaturizedArticle> articles, Dictionary<string, float> weights) => FitFirstPass(articles, weights).Model;

    /// <summary>
    /// The context pass, one-vs-rest: a binary LightGBM model per label (has the label or not) over
    /// the same rows and example weights, each read through its public trees and Platt calibrator.
    /// A label without a single row in <paramref name="articles"/> gets no trees and scores 0.
    /// </summary>
    private TreeEnsembleModel FitContext(IReadOnlyList<FeaturizedArticle> articles, float[][][] firstPass, Dictionary<string, float> weights) =>
        ContextModel(FitContextLabels(articles, firstPass, weights));

    /// <summary>The runtime's context pass from each label's fitted binary model (<see cref="FitContextLabels"/>).</summary>
    internal TreeEnsembleModel ContextModel(IReadOnlyList<BinaryPredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>?> fitted)
    {
        var trees = new RegressionTree[labels.Count][];
        var sigmoids = new PlattSigmoid[labels.Count];
        for (var l = 0; l < labels.Count; l++)
        {
            (trees[l], sigmoids[l]) = fitted[l] is { } model ? ModelExport.FromLightGbm(model.Model) : ([], new PlattSigmoid(0, double.PositiveInfinity));
        }

        return new TreeEnsembleModel(labels, ContextWidth, trees, sigmoids);
    }

    /// <summary>Each label's binary model of the context pass as ML.NET fitted it (null for a label no row has), for training and for the equivalence checks.</summary>
    internal BinaryPredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>?[] FitContextLabels(IReadOnlyList<FeaturizedArticle> articles, float[][][] firstPass, Dictionary<string, float> weights)
    {
        var rows = ContextRows(articles, firstPass, weights);
        var result = new BinaryPredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>?[labels.Count];
        for (var l = 0; l < labels.Count; l++)
        {
            var label = labels[l];
            if (rows.Any(r => r.Label == label))
            {
                result[l] = PipelineFactory.ContextPassLabel(new MLContext(options.Seed), options).Fit(ContextLabelRows(rows, label));
            }
        }

        return result;
    }

    /// <summary>The context pass's rows for one label's model: every segment, labelled by whether it has <paramref name="label"/>.</summary>
    internal IDataView ContextLabelRows(IReadOnlyList<(float[] Features, string Label, float Weight)> rows, string label) =>
        ml.Data.LoadFromEnumerable(rows.Select(r => new BinaryVectorRow { Features = r.Features, Label = r.Label == label, Weight = r.Weight }), TrainingRows.ForBinaryVector(ContextWidth));

    /// <summary>Every segment's context-pass features, true label and example weight (1 without <paramref name="weights"/>).</summary>
    internal List<(float[] Features, string Label, float Weight)> ContextRows(IReadOnlyList<FeaturizedArticle> articles, float[][][] firstPass, Dictionary<string, float>? weights = null)
    {
        var rows = new List<(float[] Features, string Label, float Weight)>();
        for (var a = 0; a < articles.Count; a++)
        {
            var features = ContextPassFeatures.Build(featurizer.Options, articles[a].Features, firstPass[a]);
            rows.AddRange(features.Select((f, i) => (f, articles[a].Labels[i], weights?[articles[a].Labels[i]] ?? 1f)));
        }

        return rows;
    }

    private int ContextWidth => ContextPassFeatures.Count(featurizer.Options, featurizer.DenseCount, labels.Count);

    /// <summary>First-pass probabilities per article and segment, in label order, from the runtime's model.</summary>
    internal float[][][] ScoreFirst(LinearModel model, IReadOnlyList<FeaturizedArticle> articles)
    {
        var result = new float[articles.Count][][];
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            result[a] = new float[article.Features.Length][];
            for (var i = 0; i < article.Features.Length; i++)
            {
                var probabilities = new float[model.Labels.Count];
                model.Score(article.Ngrams[i].GetIndices(), article.Ngrams[i].GetValues(), article.Features[i].Dense, probabilities);
                result[a][i] = ScoreReader.Align(model.Labels, probabilities, labels);
            }
        }

        return result;
    }

    private float[][][] ScoreContext(TreeEnsembleModel model, IReadOnlyList<FeaturizedArticle> articles, float[][][] firstPass) =>
        articles.Select((a, i) => model.ScoreAll(ContextPassFeatures.Build(featurizer.Options, a.Features, firstPass[i]))).ToArray();
}

/// <summary>The trained first pass and, when enabled, the context pass, as the runtime scores them.</summary>
internal sealed record TrainedSegmentModel(LinearModel FirstPass, TreeEnsembleModel? ContextPass);
