using Classifier.Runtime.Bundle;
using Classifier.Runtime.Features;
using Classifier.Runtime.Models;
using Classifier.Train.Evaluation;
using Classifier.Train.Pipelines;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Train.Training;

/// <summary>
/// Trains the two-pass segment model. The context pass learns from out-of-fold first-pass
/// probabilities, so it sees first-pass mistakes as they occur on unseen articles.
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
            var scored = ScoreFirst(model.Transformer, held.Select(i => articles[i]).ToArray());
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
        var first = ScoreFirst(model.FirstPass.Transformer, articles);
        return (first, model.ContextPass is null ? first : ScoreContext(model.ContextPass.Transformer, articles, first));
    }

    private LoadedModel FitFirst(IReadOnlyList<FeaturizedArticle> articles, Dictionary<string, float> weights)
    {
        var rows = articles.SelectMany(a => a.Features.Select((f, i) => new HashedRow { Ngrams = a.Ngrams[i], Dense = f.Dense, Label = a.Labels[i], Weight = weights[a.Labels[i]] })).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, FirstPassSchema);
        return new LoadedModel(PipelineFactory.TextClassifier(ml, options).Fit(data), data.Schema);
    }

    private LoadedModel FitContext(IReadOnlyList<FeaturizedArticle> articles, float[][][] firstPass, Dictionary<string, float> weights)
    {
        var rows = new List<VectorRow>();
        for (var a = 0; a < articles.Count; a++)
        {
            var features = ContextPassFeatures.Build(featurizer.Options, articles[a].Features, firstPass[a]);
            rows.AddRange(features.Select((f, i) => new VectorRow { Features = f, Label = articles[a].Labels[i], Weight = weights[articles[a].Labels[i]] }));
        }

        var data = ml.Data.LoadFromEnumerable(rows, RowSchemas.ForVector(ContextWidth));
        return new LoadedModel(PipelineFactory.ContextPass(ml, options).Fit(data), data.Schema);
    }

    private SchemaDefinition FirstPassSchema => RowSchemas.ForHashed(hasher.Dimension, featurizer.DenseCount);

    private int ContextWidth => ContextPassFeatures.Count(featurizer.Options, featurizer.DenseCount, labels.Count);

    private float[][][] ScoreFirst(ITransformer model, IReadOnlyList<FeaturizedArticle> articles)
    {
        var rows = articles.SelectMany(a => a.Features.Select((f, i) => new HashedRow { Ngrams = a.Ngrams[i], Dense = f.Dense }));
        var data = ml.Data.LoadFromEnumerable(rows, FirstPassSchema);
        return Split(ScoreReader.Read(model, data, labels), articles);
    }

    private float[][][] ScoreContext(ITransformer model, IReadOnlyList<FeaturizedArticle> articles, float[][][] firstPass)
    {
        var rows = articles.SelectMany((a, i) => ContextPassFeatures.Build(featurizer.Options, a.Features, firstPass[i]).Select(f => new VectorRow { Features = f }));
        var data = ml.Data.LoadFromEnumerable(rows, RowSchemas.ForVector(ContextWidth));
        return Split(ScoreReader.Read(model, data, labels), articles);
    }

    private static float[][][] Split(float[][] flat, IReadOnlyList<FeaturizedArticle> articles)
    {
        var result = new float[articles.Count][][];
        var at = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            result[a] = flat[at..(at + articles[a].Features.Length)];
            at += articles[a].Features.Length;
        }

        return result;
    }
}
