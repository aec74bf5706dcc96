using Classifier.Runtime.Bundle;
using Classifier.Runtime.Features;
using Classifier.Runtime.Tagging;
using Classifier.Train.Evaluation;
using Classifier.Train.Labels;
using Classifier.Train.Reports;
using Classifier.Train.Training;

namespace Classifier.Train.Api;

/// <summary>
/// Trains the article models (segment labels, context pass, stance) that <c>classify tag/clean/tally</c>
/// use, and the views of that training the notebooks draw: the labels as rows, the metric charts,
/// and the score of a tagger on the development pages. <c>classify train</c> is this class's
/// <see cref="Train"/>.
/// </summary>
public static class ArticleModelTraining
{
    /// <summary>
    /// Reads and checks the labels, prints corpus statistics and (with <see cref="ArticleTrainingOptions.Folds"/> &gt; 1)
    /// the grouped cross-validation, then writes the bundle with its <c>report.md</c> atomically.
    /// </summary>
    /// <param name="options">Where the labels are, where the bundle goes, and the training settings.</param>
    /// <param name="log">Where progress and metrics are printed; nowhere when null.</param>
    /// <returns>The manifest written, with the cross-validation metrics.</returns>
    /// <exception cref="LabelFileException">A label file is malformed (the message starts with <c>file:line:</c>); no bundle is written.</exception>
    public static ModelManifest Train(ArticleTrainingOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ArticleModelBuilder(options.ToTrainingOptions(), new FeaturizerOptions(), log ?? TextWriter.Null)
            .Build(options.Labels, options.Output);
    }

    /// <summary>Reads and checks every label file under <paramref name="labelsFolder"/>, as training does.</summary>
    /// <exception cref="LabelFileException">A label file is malformed: the message starts with <c>file:line:</c>.</exception>
    public static LabelOverview ReadLabels(string labelsFolder)
    {
        var corpus = LabelReader.ReadFolder(labelsFolder);
        return new LabelOverview(
            corpus.Articles.Count,
            corpus.Segments.Select(s => new SegmentRow(s.Article, s.Index, s.Text, s.Label, Path.GetFileName(s.File))).ToArray(),
            corpus.Quotes.Select(q => new QuoteRow(q.Article, q.Index, q.Speaker, q.Channel, q.Stance, q.Quote, Path.GetFileName(q.File))).ToArray(),
            corpus.Fingerprint.Sha256);
    }

    /// <summary>Saves <paramref name="metrics"/>' confusion matrix as a row-normalised heatmap (PNG), as in <c>report.md</c>.</summary>
    public static void SaveConfusionChart(ClassificationMetrics metrics, string title, string path) =>
        TrainingCharts.SaveConfusion(metrics, title, path);

    /// <summary>Saves per-label F1 of the first pass beside that of both passes as grouped bars (PNG), as in <c>report.md</c>.</summary>
    public static void SaveF1Chart(ClassificationMetrics firstPass, ClassificationMetrics final, string path) =>
        TrainingCharts.SaveF1(firstPass, final, path);

    /// <summary>
    /// Cleans each development page (<c>shared/pages-dev</c>) with <paramref name="tagger"/> and scores the
    /// kept text against the gold body by the pages' shingle measure. The outcome holds no page text.
    /// </summary>
    /// <exception cref="FileNotFoundException">The folder has no <c>gold.json</c>, or a page it names is missing.</exception>
    public static PageEvaluation EvaluatePages(ArticleTagger tagger, string pagesFolder) =>
        PageEvaluator.Run(tagger, DevPageSet.Load(pagesFolder));

    /// <summary>
    /// As <see cref="EvaluatePages"/>, from each page's HTML (<c>ID.html.gz</c>) instead of its text
    /// dump, over the pages that have it; keep-all is the HTML's whole extracted text.
    /// </summary>
    /// <exception cref="FileNotFoundException">The folder has no <c>gold.json</c>, or a page it names is missing.</exception>
    public static PageEvaluation EvaluateHtmlPages(ArticleTagger tagger, string pagesFolder) =>
        PageEvaluator.Run(tagger, DevPageSet.Load(pagesFolder), fromHtml: true);
}

/// <summary>What <see cref="ArticleModelTraining.Train"/> reads, writes and how it trains; the defaults are <c>classify train</c>'s.</summary>
public sealed record ArticleTrainingOptions
{
    // The settings' defaults live in TrainingOptions (saved in the manifest); this record exposes the few a user sets.
    private static readonly TrainingOptions Defaults = new();

    /// <summary>Folder of label CSVs (<c>segments/</c>, <c>quotes/</c>).</summary>
    public string Labels { get; init; } = "labels";

    /// <summary>The bundle folder, written atomically with its <c>report.md</c>; an existing bundle there is replaced.</summary>
    public string Output { get; init; } = "models";

    /// <summary>Folds of the cross-validation grouped by article that reports metrics; 0 or 1 skips it.</summary>
    public int Folds { get; init; } = Defaults.Folds;

    /// <summary>Seed of every random choice: the same labels and seed give the same model.</summary>
    public int Seed { get; init; } = Defaults.Seed;

    /// <summary>Whether to train the second, context pass; without it the first pass alone tags (for comparison).</summary>
    public bool ContextPass { get; init; } = Defaults.ContextPass;

    internal TrainingOptions ToTrainingOptions() => Defaults with { Folds = Folds, Seed = Seed, ContextPass = ContextPass };
}
