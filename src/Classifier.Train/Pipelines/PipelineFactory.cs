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
    /// Maximum entropy over sparse word and character n-grams plus the normalised dense features.
    /// Used for the first pass over segments, for stance and for custom text models.
    /// </summary>
    public static IEstimator<ITransformer> TextClassifier(MLContext ml, FeaturizerOptions featurizer, TrainingOptions training)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = featurizer.WordNgramLength, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = featurizer.CharNgramLength, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
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
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", text, "Text"))
            .Append(ml.Transforms.NormalizeMinMax("DenseNorm", "Dense"))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "DenseNorm"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(trainer));
    }

    /// <summary>
    /// The custom-model variant of <see cref="TextClassifier"/>: maximum entropy over word and
    /// character n-grams (settings of their own, see <see cref="CustomFeaturizerOptions"/>) plus the
    /// normalised dense shape values. The label keys come from <paramref name="labels"/>, so every
    /// model of a bundle (per-group sub-models too) scores the whole label set in the same order.
    /// </summary>
    public static IEstimator<ITransformer> CustomTextClassifier(MLContext ml, CustomFeaturizerOptions featurizer, CustomTrainingOptions training, IReadOnlyList<string> labels)
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
        var trainer = new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = LabelKey,
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            L2Regularization = training.L2,
            MaximumNumberOfIterations = training.MaxIterations,
            NumberOfThreads = 1,
        };
        var keys = ml.Data.LoadFromEnumerable(labels.Select(l => new LabelValue { Label = l }));
        return ml.Transforms.Conversion.MapValueToKey(LabelKey, "Label", keyData: keys)
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", text, "Text"))
            .Append(ml.Transforms.NormalizeMinMax("DenseNorm", "Dense"))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "DenseNorm"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(trainer));
    }

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
