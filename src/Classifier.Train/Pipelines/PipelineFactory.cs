using Classifier.Runtime.Features;
using Classifier.Train.Custom;
using Classifier.Train.Training;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace Classifier.Train.Pipelines;

/// <summary>The ML.NET pipelines, one named function each, apart from data handling.</summary>
internal static class PipelineFactory
{
    private const string LabelKey = "LabelKey";

    /// <summary>
    /// Maximum entropy over the hashed word and character n-grams (<see cref="NgramHasher"/>) plus
    /// the min-max normalised dense features. Used for the first pass over segments and for stance;
    /// <see cref="Classifier.Runtime.Models.LinearTextScorer"/> evaluates it from its weights.
    /// </summary>
    public static IEstimator<ITransformer> TextClassifier(MLContext ml, TrainingOptions training)
    {
        var trainer = new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = LabelKey,
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            L2Regularization = training.L2,
            MaximumNumberOfIterations = training.MaxIterations,
            NumberOfThreads = 1,
        };
        return ml.Transforms.Conversion.MapValueToKey(LabelKey, "Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.NormalizeMinMax("DenseNorm", "Dense"))
            .Append(ml.Transforms.Concatenate("Features", "Ngrams", "DenseNorm"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(trainer));
    }

    /// <summary>
    /// The featurization of a custom model, the counterpart of <see cref="TextClassifier"/>'s: word and
    /// character n-grams (settings of their own, see <see cref="CustomFeaturizerOptions"/>) plus the
    /// normalised dense shape values, into <c>Features</c>. The label keys come from
    /// <paramref name="labels"/>, so every model of a bundle (per-group sub-models too) scores the
    /// whole label set in the same order. Fitted once and shared by the trainers of
    /// <see cref="CustomTrainer"/> when the L2 and the trainer are tuned.
    /// </summary>
    public static IEstimator<ITransformer> CustomFeatures(MLContext ml, CustomFeaturizerOptions featurizer, IReadOnlyList<string> labels)
    {
        var weighting = featurizer.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = featurizer.WordNgramLength, UseAllLengths = true, Weighting = weighting },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = featurizer.CharNgramLength, UseAllLengths = featurizer.CharAllLengths, Weighting = weighting },
            Norm = featurizer.L2Normalize ? TextFeaturizingEstimator.NormFunction.L2 : TextFeaturizingEstimator.NormFunction.None,
        };
        var keys = ml.Data.LoadFromEnumerable(labels.Select(l => new LabelValue { Label = l }));
        return ml.Transforms.Conversion.MapValueToKey(LabelKey, "Label", keyData: keys)
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", text, "Text"))
            .Append(ml.Transforms.NormalizeMinMax("DenseNorm", "Dense"))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "DenseNorm"));
    }

    /// <summary>
    /// The linear trainer of a custom model over <see cref="CustomFeatures"/>: <paramref name="trainer"/>
    /// (<see cref="CustomTrainers"/>) with L2 regularisation <paramref name="l2"/>, given on the SDCA
    /// scale (lambda of the averaged loss); L-BFGS sums its loss, so its weight is
    /// <paramref name="l2"/> times the <paramref name="rows"/>.
    /// </summary>
    public static IEstimator<ITransformer> CustomTrainer(MLContext ml, string trainer, float l2, int rows, CustomTrainingOptions training) => trainer switch
    {
        CustomTrainers.SdcaMaxEnt => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = LabelKey,
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            L2Regularization = l2,
            MaximumNumberOfIterations = training.MaxIterations,
            NumberOfThreads = 1,
        }),
        CustomTrainers.LbfgsMaxEnt => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = LabelKey,
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            L2Regularization = l2 * rows,
            L1Regularization = 0,
            NumberOfThreads = 1,
        }),
        CustomTrainers.OvaHinge => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
            {
                LabelColumnName = LabelKey,
                FeatureColumnName = "Features",
                ExampleWeightColumnName = "Weight",
                LossFunction = new HingeLoss(),
                L2Regularization = l2,
                MaximumNumberOfIterations = training.MaxIterations,
                NumberOfThreads = 1,
            }),
            labelColumnName: LabelKey,
            useProbabilities: true),
        _ => throw new ArgumentException($"unknown trainer '{trainer}'", nameof(trainer)),
    };

    /// <summary>Gradient-boosted trees (LightGBM) over a segment's dense features and its neighbours' first-pass probabilities.</summary>
    public static IEstimator<ITransformer> ContextPass(MLContext ml, TrainingOptions training)
    {
        var trainer = new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = LabelKey,
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            NumberOfLeaves = training.TreeLeaves,
            NumberOfIterations = training.TreeRounds,
            LearningRate = training.TreeLearningRate,
            MinimumExampleCountPerLeaf = training.TreeMinLeafRows,
            Seed = training.Seed,
            NumberOfThreads = 1,
            Silent = true,
        };
        return ml.Transforms.Conversion.MapValueToKey(LabelKey, "Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.LightGbm(trainer));
    }

    private sealed class LabelValue
    {
        public string Label { get; set; } = "";
    }
}
