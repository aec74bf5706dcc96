using Classifier.Runtime.Bundle;
using Classifier.Runtime.Evaluation;
using Classifier.Runtime.Features;
using Classifier.Runtime.Tagging;
using Classifier.Train.Labels;
using Classifier.Train.Reports;
using Classifier.Train.Training;

namespace Classifier.Train.Api;

/// <summary>
/// The trainer's public surface for notebooks and scripts: train a bundle, read the labels, draw the
/// metric charts, and score a tagger on the development pages. Everything else stays internal.
/// </summary>
public static class TrainingApi
{
    /// <summary>Trains the default bundle from <paramref name="labelsFolder"/> into <paramref name="outputFolder"/>, as the trainer's command line does.</summary>
    /// <param name="labelsFolder">Folder of label CSVs (<c>segments/</c>, <c>quotes/</c>).</param>
    /// <param name="outputFolder">The bundle folder, written atomically with its <c>report.md</c>.</param>
    /// <param name="folds">Folds of the grouped cross-validation; 0 or 1 skips it.</param>
    /// <param name="seed">Seed of every random choice.</param>
    /// <param name="log">Where progress and metrics are printed; none when null.</param>
    /// <returns>The manifest written, with the cross-validation metrics.</returns>
    /// <exception cref="Exception">A label file is malformed: the message starts with <c>file:line:</c>, and no bundle is written.</exception>
    public static ModelManifest Train(string labelsFolder, string outputFolder, int folds = 5, int seed = 1, TextWriter? log = null)
    {
        var options = new TrainingOptions { Folds = folds, Seed = seed };
        return new DefaultModelBuilder(options, new FeaturizerOptions(), log ?? TextWriter.Null).Build(labelsFolder, outputFolder);
    }

    /// <summary>Reads and checks every label file under <paramref name="labelsFolder"/>, as training does.</summary>
    /// <exception cref="Exception">A label file is malformed: the message starts with <c>file:line:</c>.</exception>
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
}
