using System.CommandLine;
using System.Globalization;
using Classifier.Runtime.TextClassifiers;
using Classifier.Train.Api;

namespace Classifier.Cli.Commands;

/// <summary><c>classify custom</c>: train a text classifier for any label set from a labelled CSV.</summary>
internal static class CustomCommand
{
    /// <summary>The <c>--l2</c> value that picks the L2 by inner cross-validation.</summary>
    private const string AutoL2 = "auto";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        // Data and Output are required options, so the record's positional values are placeholders here.
        var defaults = new TextClassifierTrainingOptions(Data: "", Output: "");
        var data = new Option<string>("--data") { Description = "Labelled CSV to train on (header row required).", Required = true };
        var text = new Option<string>("--text-column") { Description = "Column holding the text.", DefaultValueFactory = _ => defaults.TextColumn };
        var label = new Option<string>("--label-column") { Description = "Column holding the label.", DefaultValueFactory = _ => defaults.LabelColumn };
        var group = new Option<string?>("--group-column") { Description = "Column the predictions are conditioned on (e.g. the target of a stance)." };
        var groupMode = new Option<string>("--group-mode") { Description = "With --group-column: crossed (one model, words crossed with the group) or per-group (a sub-model per group).", DefaultValueFactory = _ => defaults.GroupMode };
        groupMode.AcceptOnlyFromAmong([.. GroupModes.All]);
        var cvGroup = new Option<string?>("--cv-group-column") { Description = "Column whose values are kept within one CV fold (e.g. a document id); otherwise stratified k-fold." };
        var test = new Option<string?>("--test") { Description = "Labelled CSV (same columns) to evaluate the final model on." };
        var output = new Option<string>("--out") { Description = "Folder to write the model bundle to.", Required = true };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (0 or 1 skips it).", DefaultValueFactory = _ => defaults.Folds };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => defaults.Seed };
        var wordNgrams = new Option<int>("--word-ngrams") { Description = "Word n-grams of lengths 1 up to N.", DefaultValueFactory = _ => defaults.WordNgramLength };
        var charNgrams = new Option<int>("--char-ngrams") { Description = "Longest character n-gram.", DefaultValueFactory = _ => defaults.CharNgramLength };
        var charOnly = new Option<bool>("--char-ngrams-one-length") { Description = "Use character n-grams of exactly --char-ngrams, not every length up to it." };
        var weighting = new Option<string>("--weighting") { Description = "N-gram weighting: counts, tfidf, or 'auto': picked by inner CV together with the L2 and the trainer.", DefaultValueFactory = _ => defaults.Weighting };
        weighting.AcceptOnlyFromAmong([.. TextClassifierTraining.Weightings]);
        var features = new Option<string>("--features")
        {
            Description = "What the model reads: ngrams, embeddings (the sentence encoder all-MiniLM-L6-v2), both, or 'auto': ngrams or both, picked by inner CV with the weighting, trainer and L2.",
            DefaultValueFactory = _ => defaults.Features,
        };
        features.AcceptOnlyFromAmong([.. TextClassifierTraining.FeatureSets]);
        var noNorm = new Option<bool>("--no-l2-norm") { Description = "Do not scale each text's n-gram vector to unit length." };
        var l2 = new Option<string>("--l2")
        {
            Description = "L2 regularisation of the linear model, or 'auto': picked by inner CV on the training rows (grouped by --cv-group-column when given).",
            DefaultValueFactory = _ => defaults.L2 is { } value ? value.ToString(CultureInfo.InvariantCulture) : AutoL2,
        };
        l2.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value != AutoL2 && ParseL2(value) is null)
            {
                result.AddError($"--l2 must be '{AutoL2}' or a positive number, not '{value}'.");
            }
        });
        var trainer = new Option<string>("--trainer") { Description = "Linear trainer, or 'auto': picked by inner CV together with the L2.", DefaultValueFactory = _ => defaults.Trainer };
        trainer.AcceptOnlyFromAmong([.. TextClassifierTraining.Trainers]);
        var tuneFolds = new Option<int>("--tune-folds") { Description = "Folds of the inner CV that tunes --l2 auto / --trainer auto / --weighting auto / --features auto.", DefaultValueFactory = _ => defaults.TuneFolds };
        var command = new Command("custom", "Train a text classifier for any label set from a labelled CSV, cross-validate it, and write a custom bundle (for predict).")
        {
            data, text, label, group, groupMode, cvGroup, test, output, folds, seed, wordNgrams, charNgrams, charOnly, weighting, features, noNorm, l2, trainer, tuneFolds,
        };
        command.SetAction(parse =>
        {
            var options = defaults with
            {
                Data = parse.GetValue(data)!,
                Output = parse.GetValue(output)!,
                Test = parse.GetValue(test),
                TextColumn = parse.GetValue(text)!,
                LabelColumn = parse.GetValue(label)!,
                GroupColumn = parse.GetValue(group),
                GroupMode = parse.GetValue(groupMode)!,
                CvGroupColumn = parse.GetValue(cvGroup),
                Folds = parse.GetValue(folds),
                Seed = parse.GetValue(seed),
                WordNgramLength = parse.GetValue(wordNgrams),
                CharNgramLength = parse.GetValue(charNgrams),
                CharAllLengths = !parse.GetValue(charOnly),
                Weighting = parse.GetValue(weighting)!,
                Features = parse.GetValue(features)!,
                L2Normalize = !parse.GetValue(noNorm),
                L2 = ParseL2(parse.GetValue(l2)),
                Trainer = parse.GetValue(trainer)!,
                TuneFolds = parse.GetValue(tuneFolds),
            };
            return LibraryCall.Run(() => TextClassifierTraining.Train(options, stdout), stderr, TrainCommand.NoModelWritten);
        });
        return command;
    }

    private static float? ParseL2(string? value) =>
        float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var l2) && l2 > 0 ? l2 : null;
}
