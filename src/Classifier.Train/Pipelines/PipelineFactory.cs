using Classifier.Runtime.Features;
using Classifier.Train.TextClassifiers;
using Classifier.Train.Training;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;

namespace Classifier.Train.Pipelines;

/// <summary>The ML.NET pipelines, one named function each, apart from data handling.</summary>
internal static class PipelineFactory
{
    private const string LabelKey = "LabelKey";

    /// <summary>
    /// Maximum entropy over the hashed word and character n-grams (<see cref="NgramHasher"/>) plus
    /// the min-max normalised dense features. Used for the first pass over segments and for stance;
    /// <see cref="ModelExport.FromMaxEnt"/> turns it into the runtime's linear model.
    /// </summary>
    public static IEstimator<ITransformer> TextClassifier(MLContext ml, TrainingOptions training)
    {
        var trainer = new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = LabelKey,
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            L2Regularization = training.L2,
            L1Regularization = training.L1,
            MaximumNumberOfIterations = training.MaxIterations,
            NumberOfThreads = 1,
        };
        return ml.Transforms.Conversion.MapValueToKey(LabelKey, "Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.NormalizeMinMax("DenseNorm", "Dense"))
            .Append(ml.Transforms.Concatenate("Features", "Ngrams", "DenseNorm"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(trainer));
    }

    /// <summary>
    /// The dense part of a custom model's featurization, fitted once per (sub-)model and shared by
    /// every trainer tried on it: the min-max normalised shape values after the hashed n-grams (the
    /// shared <see cref="NgramHasher"/>, ranges from <see cref="TextClassifierFeaturizerOptions.Ngrams"/>),
    /// and <paramref name="withEmbedding"/> the sentence encoder's vector as it is, into <c>Features</c>.
    /// Min-max scaling would blow each of the encoder's 384 small values up to the size of a whole n-gram
    /// vector: measured on stance-tweets fold 0 with a per-target linear SVM, 73.4 F_avg raw against 68.6 scaled.
    /// </summary>
    public static IEstimator<ITransformer> TextClassifierFeatures(MLContext ml, bool withEmbedding) =>
        ml.Transforms.NormalizeMinMax("DenseNorm", "Dense")
            .Append(ml.Transforms.Concatenate("Features", withEmbedding ? ["Ngrams", "DenseNorm", "Embedding"] : ["Ngrams", "DenseNorm"]));

    /// <summary>
    /// A maximum-entropy trainer of a custom model over <see cref="TextClassifierFeatures"/>: <paramref name="trainer"/>
    /// (<see cref="TextClassifierTrainers.SdcaMaxEnt"/> or <see cref="TextClassifierTrainers.LbfgsMaxEnt"/>) with L2
    /// regularisation <paramref name="l2"/>, given on the SDCA scale (lambda of the averaged loss);
    /// L-BFGS sums its loss, so its weight is <paramref name="l2"/> times the <paramref name="rows"/>.
    /// The label keys come from <paramref name="labels"/>, so every model of a bundle (per-group
    /// sub-models too) scores the whole label set in the same order.
    /// </summary>
    public static IEstimator<ITransformer> TextClassifierMaxEnt(MLContext ml, IReadOnlyList<string> labels, string trainer, float l2, int rows, TextClassifierTrainingSettings training)
    {
        var keys = ml.Data.LoadFromEnumerable(labels.Select(l => new LabelValue { Label = l }));
        var mapping = ml.Transforms.Conversion.MapValueToKey(LabelKey, "Label", keyData: keys);
        return trainer switch
        {
            TextClassifierTrainers.SdcaMaxEnt => mapping.Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelKey,
                FeatureColumnName = "Features",
                ExampleWeightColumnName = "Weight",
                L2Regularization = l2,
                MaximumNumberOfIterations = training.MaxIterations,
                NumberOfThreads = 1,
            })),
            TextClassifierTrainers.LbfgsMaxEnt => mapping.Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelKey,
                FeatureColumnName = "Features",
                ExampleWeightColumnName = "Weight",
                L2Regularization = l2 * rows,
                L1Regularization = 0,
                NumberOfThreads = 1,
            })),
            _ => throw new ArgumentException($"'{trainer}' is not a maximum-entropy trainer", nameof(trainer)),
        };
    }

    /// <summary>
    /// One label's model of <see cref="TextClassifierTrainers.OvaHinge"/>: a linear SVM (SDCA, hinge loss) over
    /// <see cref="TextClassifierFeatures"/> telling rows of the label from the rest, then a Platt calibrator
    /// fitted on its training rows' scores (what ML.NET's one-versus-all does with probabilities).
    /// </summary>
    public static IEstimator<TransformerChain<CalibratorTransformer<PlattCalibrator>>> TextClassifierHingeLabel(MLContext ml, float l2, TextClassifierTrainingSettings training) =>
        ml.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            LossFunction = new HingeLoss(),
            L2Regularization = l2,
            MaximumNumberOfIterations = training.MaxIterations,
            NumberOfThreads = 1,
        }).Append(ml.BinaryClassification.Calibrators.Platt(labelColumnName: "Label"));

    /// <summary>
    /// One label's model of the context pass: gradient-boosted trees (binary LightGBM, Platt-calibrated)
    /// over a segment's dense features and its neighbours' first-pass probabilities, telling rows of
    /// the label from the rest. One per label makes the one-vs-rest context pass, whose trees and
    /// calibrators ML.NET exposes publicly (<see cref="ModelExport.FromLightGbm"/>).
    /// </summary>
    public static IEstimator<BinaryPredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>> ContextPassLabel(MLContext ml, TrainingOptions training) =>
        ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            NumberOfLeaves = training.TreeLeaves,
            NumberOfIterations = training.TreeRounds,
            LearningRate = training.TreeLearningRate,
            MinimumExampleCountPerLeaf = training.TreeMinLeafRows,
            Seed = training.Seed,
            NumberOfThreads = 1,
            Silent = true,
        });

    private sealed class LabelValue
    {
        public string Label { get; set; } = "";
    }
}
