using Classifier.Runtime.Bundle;
using Classifier.Runtime.Encoders;
using Classifier.Runtime.Features;
using Classifier.Runtime.TextClassifiers;
using Classifier.Train.Api;
using Classifier.Train.Labels;
using Classifier.Train.TextClassifiers;

namespace Classifier.Train.Tests.TextClassifiers;

public sealed class TextClassifierBuilderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("custom-train-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Build_GeneratedTopics_WritesCustomBundleWithCvMetrics()
    {
        var data = TopicCsv.Write(_folder);
        var output = Path.Combine(_folder, "model");
        var log = new StringWriter();

        var manifest = new TextClassifierBuilder(new TextClassifierTrainingSettings(), new(), log).Build(data, null, new TextClassifierColumns("text", "label"), output);

        Assert.Equal(BundleKinds.Custom, manifest.Kind);
        Assert.Equal(TopicCsv.Topics, manifest.Labels);
        Assert.True(File.Exists(Path.Combine(output, manifest.Files["text"])));
        Assert.Equal("text", manifest.Custom!.TextColumn);
        Assert.Equal("label", manifest.Custom.LabelColumn);
        Assert.Null(manifest.Custom.GroupColumn);
        Assert.StartsWith("5-fold stratified CV, ", manifest.Metrics["cv"].Method);
        Assert.EndsWith("as tuned on all rows", manifest.Metrics["cv"].Method);
        Assert.True(manifest.Metrics["cv"].MacroF1 > 0.9, $"CV macro-F1 {manifest.Metrics["cv"].MacroF1}");
        Assert.Contains("macro-F1", log.ToString());
        Assert.Contains("Confusion", log.ToString());
        var loaded = TextClassifier.Load(output);
        Assert.Equal("weather", loaded.Predict("The storm and the flood came after the snow").Label);
    }

    [Fact]
    public void Build_CvGroupAndTestFile_ReportsGroupedCvAndTestMetrics()
    {
        var data = TopicCsv.Write(_folder);
        var manifest = new TextClassifierBuilder(new TextClassifierTrainingSettings { Folds = 3 }, new(), TextWriter.Null)
            .Build(data, data, new TextClassifierColumns("text", "label", CvGroup: "channel"), Path.Combine(_folder, "model"));

        Assert.StartsWith("3-fold CV grouped by 'channel', ", manifest.Metrics["cv"].Method);
        Assert.Equal("3-fold CV grouped by 'channel'", manifest.Training["tuning"]);
        Assert.Equal(90, manifest.Metrics["test"].PerLabel.Sum(l => l.Support));
    }

    [Theory]
    [InlineData(GroupModes.Crossed, 1)]
    [InlineData(GroupModes.PerGroup, 3)]
    public void Build_GroupColumn_RecordsGroupAndPredictsPerGroup(string mode, int modelFiles)
    {
        var data = TopicCsv.Write(_folder);
        var output = Path.Combine(_folder, "model");
        var manifest = new TextClassifierBuilder(new TextClassifierTrainingSettings { Folds = 0, GroupMode = mode }, new(), TextWriter.Null)
            .Build(data, null, new TextClassifierColumns("text", "label", Group: "channel"), output);

        Assert.Equal("channel", manifest.Custom!.GroupColumn);
        Assert.Equal(mode, manifest.Custom.GroupMode);
        Assert.Equal(modelFiles, manifest.Files.Count);
        var loaded = TextClassifier.Load(output);
        Assert.Equal("sport", loaded.Predict(TopicCsv.Sentence("sport", 3), "a").Label);
        Assert.Equal("sport", loaded.Predict(TopicCsv.Sentence("sport", 3), "unseen").Label);
    }

    [Fact]
    public void Train_Auto_RecordsAndPrintsTheChosenL2TrainerWeightingAndFeatures()
    {
        var data = TopicCsv.Write(_folder);
        var output = Path.Combine(_folder, "model");
        var log = new StringWriter();

        TextClassifierTraining.Train(new TextClassifierTrainingOptions(data, output) { Folds = 0, L2 = null }, log);

        var training = TextClassifier.Load(output).Manifest.Training;
        var l2 = float.Parse(training["l2"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(l2, TextClassifierTrainingSettings.L2Grid);
        Assert.Contains(training["trainer"], TextClassifierTrainers.Tuned);
        Assert.Equal("3-fold stratified CV", training["tuning"]);
        Assert.Contains(training["weighting"], new[] { TextClassifierWeightings.Counts, TextClassifierWeightings.TfIdf });
        Assert.Equal(training["weighting"] == TextClassifierWeightings.TfIdf, TextClassifier.Load(output).Manifest.Custom!.Featurizer.TfIdf);
        Assert.Contains(training["features"], new[] { TextFeatureSets.Ngrams, TextFeatureSets.Both });
        Assert.Equal(training["features"], TextClassifier.Load(output).Manifest.Custom!.Featurizer.Features);
        Assert.Contains($"Chosen: trainer {training["trainer"]}, l2 {TextClassifierTuner.Format(l2)}, weighting {training["weighting"]}, features {training["features"]}", log.ToString());
        Assert.Contains("Encoded 90 texts with " + MiniLmEmbedder.Name, log.ToString());

        // Two feature sets (n-grams; n-grams and the encoder) times two weightings, each with every trainer and L2.
        Assert.Equal(2 * 2 * TextClassifierTrainers.Tuned.Count * TextClassifierTrainingSettings.L2Grid.Count, training["tuningScores"].Split("; ").Length);
    }

    [Fact]
    public void Train_FixedL2TrainerAndWeighting_AreUsedWithoutTuning()
    {
        var data = TopicCsv.Write(_folder);
        var output = Path.Combine(_folder, "model");
        var log = new StringWriter();

        TextClassifierTraining.Train(new TextClassifierTrainingOptions(data, output)
        {
            Folds = 0,
            L2 = 0.001f,
            Trainer = TextClassifierTrainers.LbfgsMaxEnt,
            Weighting = TextClassifierWeightings.Counts,
            Features = TextFeatureSets.Ngrams,
        }, log);

        var loaded = TextClassifier.Load(output);
        var training = loaded.Manifest.Training;
        Assert.Equal("0.001", training["l2"]);
        Assert.Equal(TextClassifierTrainers.LbfgsMaxEnt, training["trainer"]);
        Assert.Equal(TextClassifierWeightings.Counts, training["weighting"]);
        Assert.False(training.ContainsKey("tuning"));
        Assert.DoesNotContain("Chosen:", log.ToString());
        Assert.DoesNotContain("Encoded", log.ToString());
        Assert.Null(loaded.Settings.Featurizer.Encoder);
    }

    [Theory]
    [InlineData(TextFeatureSets.Both)]
    [InlineData(TextFeatureSets.Embeddings)]
    public void Train_FeaturesReadingTheEncoder_RecordItAndPredictThroughIt(string features)
    {
        var data = TopicCsv.Write(_folder);
        var output = Path.Combine(_folder, "model");

        TextClassifierTraining.Train(new TextClassifierTrainingOptions(data, output) { Folds = 0, L2 = 0.001f, Trainer = TextClassifierTrainers.LbfgsMaxEnt, Features = features }, TextWriter.Null);

        var loaded = TextClassifier.Load(output);
        Assert.Equal(features, loaded.Settings.Featurizer.Features);
        Assert.Equal(MiniLmEmbedder.Name, loaded.Settings.Featurizer.Encoder);
        Assert.Equal(384, loaded.Settings.Featurizer.EncoderDimension);

        // Words the training rows never had: only the encoder's sense of them can carry these.
        Assert.Equal("weather", loaded.Predict("Heavy showers and gales are on the way for the weekend").Label);
        Assert.Equal("sport", loaded.Predict("The team's forward netted a late winner in the final").Label);
    }

    [Fact]
    public void Load_ModelOfAnotherEncoder_IsRefusedNamingTheManifestAndTheEncoder()
    {
        var data = TopicCsv.Write(_folder);
        var output = Path.Combine(_folder, "model");
        TextClassifierTraining.Train(new TextClassifierTrainingOptions(data, output) { Folds = 0, L2 = 0.001f, Trainer = TextClassifierTrainers.LbfgsMaxEnt, Features = TextFeatureSets.Both }, TextWriter.Null);
        var manifest = Path.Combine(output, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace(MiniLmEmbedder.Name, "e5-small-v2 (SomeOther.Package 1.0)", StringComparison.Ordinal));

        var e = Assert.Throws<ModelBundleException>(() => TextClassifier.Load(output));

        Assert.Contains(manifest, e.Message);
        Assert.Contains("e5-small-v2 (SomeOther.Package 1.0)", e.Message);
    }

    [Fact]
    public void Train_FixedL2AndTrainerWithAutoWeighting_TunesTheWeightingAlone()
    {
        var data = TopicCsv.Write(_folder);
        var output = Path.Combine(_folder, "model");

        TextClassifierTraining.Train(new TextClassifierTrainingOptions(data, output) { Folds = 0, L2 = 0.001f, Trainer = TextClassifierTrainers.LbfgsMaxEnt, Features = TextFeatureSets.Ngrams }, TextWriter.Null);

        var training = TextClassifier.Load(output).Manifest.Training;
        Assert.Equal("0.001", training["l2"]);
        Assert.Equal(TextClassifierTrainers.LbfgsMaxEnt, training["trainer"]);
        var tried = training["tuningScores"].Split("; ");
        Assert.Equal(2, tried.Length);
        Assert.Contains(tried, s => s.StartsWith($"{TextFeatureSets.Ngrams} {TextClassifierWeightings.Counts} ", StringComparison.Ordinal));
        Assert.Contains(tried, s => s.StartsWith($"{TextFeatureSets.Ngrams} {TextClassifierWeightings.TfIdf} ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_MissingTextColumn_ThrowsNamingTheFileAndColumn()
    {
        var data = TopicCsv.Write(_folder);

        var e = Assert.Throws<LabelFileException>(() => new TextClassifierBuilder(new TextClassifierTrainingSettings(), new(), TextWriter.Null)
            .Build(data, null, new TextClassifierColumns("body", "label"), Path.Combine(_folder, "model")));

        Assert.Contains(data, e.Message);
        Assert.Contains("'body'", e.Message);
        Assert.False(Directory.Exists(Path.Combine(_folder, "model")));
    }

    [Fact]
    public void Build_MalformedLine_ThrowsWithLineNumber()
    {
        var data = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(data, "text,label\nfine row,a\nanother,b\n\"unclosed,a\n");

        var e = Assert.Throws<LabelFileException>(() => new TextClassifierBuilder(new TextClassifierTrainingSettings(), new(), TextWriter.Null)
            .Build(data, null, new TextClassifierColumns("text", "label"), Path.Combine(_folder, "model")));

        Assert.StartsWith($"{data}:4:", e.Message);
    }

    [Fact]
    public void Evaluate_LabelledFile_PrintsPerLabelFiguresAndMacroF1()
    {
        var data = TopicCsv.Write(_folder);
        var output = Path.Combine(_folder, "model");
        new TextClassifierBuilder(new TextClassifierTrainingSettings { Folds = 0 }, new(), TextWriter.Null).Build(data, null, new TextClassifierColumns("text", "label"), output);
        var log = new StringWriter();

        var metrics = TextClassifierTraining.Evaluate(new TextClassifierEvaluationOptions(output, data), log);

        Assert.Equal(1.0, metrics.MacroF1);
        Assert.Matches(@"macro-F1\s+1\.000", log.ToString());
        Assert.Contains("precision", log.ToString());
        Assert.Contains("Confusion", log.ToString());
    }

    [Fact]
    public void Evaluate_MissingModelFolder_ThrowsNamingIt()
    {
        var missing = Path.Combine(_folder, "missing");

        var e = Assert.Throws<ModelBundleException>(() => TextClassifierTraining.Evaluate(new TextClassifierEvaluationOptions(missing, TopicCsv.Write(_folder))));

        Assert.Contains($"{missing}: model folder not found", e.Message);
    }
}
