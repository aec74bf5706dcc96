using System.CommandLine;
using Classifier.Runtime.Custom;
using Classifier.Runtime.Features;
using Classifier.Train.Custom;
using Classifier.Train.Labels;

namespace Classifier.Train.Commands;

/// <summary><c>Classifier.Train custom</c>: train a text classifier for any label set from a labelled CSV.</summary>
internal static class CustomCommand
{
    public static Command Create(TextWriter log, TextWriter errors)
    {
        var defaults = new CustomTrainingOptions();
        var features = new CustomFeaturizerOptions();
        var data = new Option<string>("--data") { Description = "Labelled CSV to train on (header row required).", Required = true };
        var text = new Option<string>("--text-column") { Description = "Column holding the text.", DefaultValueFactory = _ => "text" };
        var label = new Option<string>("--label-column") { Description = "Column holding the label.", DefaultValueFactory = _ => "label" };
        var group = new Option<string?>("--group-column") { Description = "Column the predictions are conditioned on (e.g. the target of a stance)." };
        var groupMode = new Option<string>("--group-mode") { Description = "With --group-column: crossed (one model, words crossed with the group) or per-group (a sub-model per group).", DefaultValueFactory = _ => CustomTrainingOptions.DefaultGroupMode };
        groupMode.AcceptOnlyFromAmong([.. GroupModes.All]);
        var cvGroup = new Option<string?>("--cv-group-column") { Description = "Column whose values are kept within one CV fold (e.g. a document id); otherwise stratified k-fold." };
        var test = new Option<string?>("--test") { Description = "Labelled CSV (same columns) to evaluate the final model on." };
        var output = new Option<string>("--out") { Description = "Folder to write the model bundle to.", Required = true };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (0 or 1 skips it).", DefaultValueFactory = _ => defaults.Folds };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => defaults.Seed };
        var wordNgrams = new Option<int>("--word-ngrams") { Description = "Word n-grams of lengths 1 up to N.", DefaultValueFactory = _ => features.WordNgramLength };
        var charNgrams = new Option<int>("--char-ngrams") { Description = "Longest character n-gram.", DefaultValueFactory = _ => features.CharNgramLength };
        var charOnly = new Option<bool>("--char-ngrams-one-length") { Description = "Use character n-grams of exactly --char-ngrams, not every length up to it." };
        var tfIdf = new Option<bool>("--tfidf") { Description = "Weight n-grams by TF-IDF instead of counts." };
        var noNorm = new Option<bool>("--no-l2-norm") { Description = "Do not scale each text's n-gram vector to unit length." };
        var l2 = new Option<string>("--l2")
        {
            Description = "L2 regularisation of the linear model, or 'auto': picked by inner CV on the training rows (grouped by --cv-group-column when given).",
            DefaultValueFactory = _ => "auto",
        };
        l2.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (ParseL2(value) is null && value != "auto")
            {
                result.AddError($"--l2 must be 'auto' or a positive number, not '{value}'.");
            }
        });
        var trainerKind = new Option<string>("--trainer")
        {
            Description = "Linear trainer, or 'auto': picked by inner CV together with the L2.",
            DefaultValueFactory = _ => defaults.Trainer,
        };
        trainerKind.AcceptOnlyFromAmong([.. CustomTrainers.All]);
        var tuneFolds = new Option<int>("--tune-folds") { Description = "Folds of the inner CV that tunes --l2 auto / --trainer auto.", DefaultValueFactory = _ => defaults.TuneFolds };
        var command = new Command("custom", "Train a text classifier for any label set from a labelled CSV, cross-validate it, and write a custom bundle.")
        {
            data, text, label, group, groupMode, cvGroup, test, output, folds, seed, wordNgrams, charNgrams, charOnly, tfIdf, noNorm, l2, trainerKind, tuneFolds,
        };
        command.SetAction(parse =>
        {
            var options = defaults with
            {
                Folds = parse.GetValue(folds),
                Seed = parse.GetValue(seed),
                GroupMode = parse.GetValue(groupMode)!,
                L2 = ParseL2(parse.GetValue(l2)),
                Trainer = parse.GetValue(trainerKind)!,
                TuneFolds = parse.GetValue(tuneFolds),
            };
            var featurizer = features with
            {
                WordNgramLength = parse.GetValue(wordNgrams),
                CharNgramLength = parse.GetValue(charNgrams),
                CharAllLengths = !parse.GetValue(charOnly),
                TfIdf = parse.GetValue(tfIdf),
                L2Normalize = !parse.GetValue(noNorm),
            };
            var columns = new CustomColumns(parse.GetValue(text)!, parse.GetValue(label)!, parse.GetValue(group), parse.GetValue(cvGroup));
            return Run(parse.GetValue(data)!, parse.GetValue(test), columns, parse.GetValue(output)!, options, featurizer, log, errors);
        });
        return command;
    }

    private static float? ParseL2(string? value) =>
        float.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var l2) && l2 > 0 ? l2 : null;

    public static int Run(string data, string? test, CustomColumns columns, string output, CustomTrainingOptions options, CustomFeaturizerOptions featurizer, TextWriter log, TextWriter errors)
    {
        try
        {
            new CustomModelBuilder(options, featurizer, log).Build(data, test, columns, output);
            return ExitCodes.Success;
        }
        catch (LabelFileException e)
        {
            errors.WriteLine($"error: {e.Message}");
            errors.WriteLine("No model was written.");
            return ExitCodes.DataError;
        }
    }
}
