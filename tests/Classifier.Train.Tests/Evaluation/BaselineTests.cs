using System.Globalization;
using Classifier.Runtime.Tagging;
using Classifier.Train.Api;
using Classifier.Train.Evaluation;
using Xunit.Abstractions;

namespace Classifier.Train.Tests.Evaluation;

/// <summary>
/// The figures of <c>eval/baseline.json</c> are re-measured and must agree within
/// <see cref="BaselineFigures.Tolerance"/>: a drop fails, and so does a gain that the file does not
/// record (re-run <c>bench baseline</c> and commit the file with the change). Every figure is
/// deterministic (fixed seed, one thread per trainer). The training test is the slow one (minutes).
/// </summary>
public sealed class BaselineTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Shared = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared"));
    private readonly TempFolder _temp = new("classifier-baseline");

    private static BaselineFigures Baseline => BaselineFigures.Load(Path.Combine(RepoPaths.Root, BaselineFigures.RelativePath));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Train_RepositoryLabelsFiveFoldCv_CvAndDevPageFiguresMatchBaseline()
    {
        var models = _temp.Combine("models");
        var manifest = ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = RepoPaths.Labels, Output = models, Folds = 5, Seed = 1 });
        var tagger = ArticleTagger.Load(models);
        var baseline = Baseline;

        Assert.True(BaselineFigures.CurrentSimd == baseline.Simd, $"{BaselineFigures.RelativePath} was measured with {baseline.Simd}-bit vectors, this test host has {BaselineFigures.CurrentSimd}-bit ones; run it through `dotnet test`, whose pinned-vectors.runsettings sets DOTNET_EnableAVX2=0");
        Assert.Equal(baseline.Corpus.Sha256, manifest.TrainingData.Sha256);
        Near("segments macro-F1", baseline.SegmentsMacroF1, manifest.Metrics["segments"].MacroF1);
        Near("segments accuracy", baseline.SegmentsAccuracy, manifest.Metrics["segments"].Accuracy);
        Near("first-pass macro-F1", baseline.FirstPassMacroF1, manifest.Metrics["segments-first-pass"].MacroF1);
        Near("stance macro-F1", baseline.StanceMacroF1, manifest.Metrics["stance"].MacroF1);
        Near("stance accuracy", baseline.StanceAccuracy, manifest.Metrics["stance"].Accuracy);
        NearPages("pages-dev", baseline.PagesDev, ArticleModelTraining.EvaluatePages(tagger, Path.Combine(Shared, "pages-dev")));
        NearPages("pages-modern-dev", baseline.PagesModernDev, ArticleModelTraining.EvaluatePages(tagger, Path.Combine(Shared, "pages-modern-dev")));
        NearPages("pages-dev HTML", baseline.HtmlPagesDev, ArticleModelTraining.EvaluateHtmlPages(tagger, Path.Combine(Shared, "pages-dev")));
        NearPages("pages-modern-dev HTML", baseline.HtmlPagesModernDev, ArticleModelTraining.EvaluateHtmlPages(tagger, Path.Combine(Shared, "pages-modern-dev")));
    }

    [Fact]
    public void QuoteFinder_HeldOutArticles_MatchBaseline()
    {
        var measured = QuoteFinderEvaluation.Run(Path.Combine(RepoPaths.Root, "eval", "heldout-quotes"));
        var baseline = Baseline.QuoteFinder;

        Assert.Equal(baseline.Gold, measured.Gold);
        Assert.Equal(baseline.Found, measured.Found);
        Near("quote precision", baseline.Precision, measured.Precision);
        Near("quote recall", baseline.Recall, measured.Recall);
    }

    [Fact]
    public void Readme_FiguresTable_QuotesTheBaselineFigures()
    {
        var readme = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        var table = readme.SkipWhile(l => l != "## Figures").TakeWhile(l => l == "## Figures" || !l.StartsWith("## ", StringComparison.Ordinal)).Where(l => l.StartsWith('|')).ToArray();
        var b = Baseline;

        string Row(string key) => Assert.Single(table, l => l.Contains(key, StringComparison.Ordinal));
        void Quotes(string key, params double[] figures)
        {
            var row = Row(key);
            foreach (var figure in figures)
            {
                var text = figure.ToString("F3", CultureInfo.InvariantCulture);
                Assert.True(row.Contains(text, StringComparison.Ordinal), $"README figures row '{key}' should quote {text} (eval/baseline.json): {row}");
            }
        }

        Quotes("first pass only", b.FirstPassMacroF1);
        Quotes("both passes", b.SegmentsMacroF1, b.SegmentsAccuracy);
        Quotes("stance, grouped", b.StanceMacroF1, b.StanceAccuracy);
        Quotes("article-body F1 on `../shared/pages-dev`", b.PagesDev.F1, b.PagesDev.Precision, b.PagesDev.Recall, b.PagesDev.KeepAllF1, b.PagesModernDev.F1, b.PagesModernDev.Precision, b.PagesModernDev.Recall, b.PagesModernDev.KeepAllF1);
        Quotes("article-body F1 from the pages' HTML", b.HtmlPagesDev.F1, b.HtmlPagesDev.Precision, b.HtmlPagesDev.Recall, b.HtmlPagesDev.KeepAllF1, b.HtmlPagesModernDev.F1, b.HtmlPagesModernDev.Precision, b.HtmlPagesModernDev.Recall, b.HtmlPagesModernDev.KeepAllF1);
        Quotes("quote finder", b.QuoteFinder.Precision, b.QuoteFinder.Recall);
        var corpus = string.Join(" ", readme.SkipWhile(l => l != "## Figures").Skip(1).Take(3));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{b.Corpus.Articles} articles, {b.Corpus.Segments:N0} segments, {b.Corpus.Quotes:N0} labelled quotes"), corpus, StringComparison.Ordinal);
    }

    private void NearPages(string folder, PageFigures baseline, PageEvaluation measured)
    {
        Assert.Equal(baseline.Pages, measured.Pages.Count);
        Near($"{folder} F1", baseline.F1, measured.F1);
        Near($"{folder} precision", baseline.Precision, measured.Precision);
        Near($"{folder} recall", baseline.Recall, measured.Recall);
        Near($"{folder} keep-all F1", baseline.KeepAllF1, measured.KeepAllF1);
    }

    private void Near(string what, double baseline, double measured)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{what}: measured {measured:F4}, baseline {baseline:F4}");
        output.WriteLine(line);
        Assert.True(Math.Abs(measured - baseline) <= BaselineFigures.Tolerance + 1e-9, $"{line}; re-run `bench baseline` if the change is meant, and commit eval/baseline.json with it");
    }
}
