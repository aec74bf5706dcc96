using System.Runtime.Intrinsics;
using System.Text.Json;
using Classifier.Runtime.Tagging;
using Classifier.Train.Api;

namespace Classifier.Train.Evaluation;

/// <summary>
/// The toolkit's measured figures as data (<c>eval/baseline.json</c>): grouped-CV macro-F1 of the
/// segment labels (both passes and first pass) and of stance, the cleaning F1 on both development
/// folders (from their text and from their HTML), and the quote finder on held-out articles. <c>bench baseline</c> measures and writes it;
/// the metric tests read it and pin every deterministic figure within <see cref="Tolerance"/>; the
/// README's figures are checked against it. They are deterministic for one width of vector
/// instructions, not across widths: ML.NET's trainers add up through System.Numerics.Tensors, whose
/// order of additions follows the widest vector the processor accelerates (a machine with 256-bit
/// vectors measured pages-dev 0.0027 away from one without). So they are measured, and the tests run,
/// with <see cref="PinnedSimd"/>-bit vectors (<c>DOTNET_EnableAVX2=0</c>), which every x64 machine has.
/// </summary>
public sealed record BaselineFigures
{
    /// <summary>How far a re-measured deterministic figure may move before a test fails (either way: a gain is recorded, not absorbed).</summary>
    public const double Tolerance = 0.002;

    /// <summary>Decimals every figure is stored with.</summary>
    public const int Decimals = 4;

    /// <summary>The repository-relative file.</summary>
    public const string RelativePath = "eval/baseline.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <summary>The widest vector, in bits, the figures are measured with.</summary>
    public const int PinnedSimd = 128;

    /// <summary>The command that measured these figures.</summary>
    public string Command { get; init; } = "";

    /// <summary>Bits of the widest vector the measuring process accelerated (<see cref="CurrentSimd"/>).</summary>
    public int Simd { get; init; }

    /// <summary>Bits of the widest vector this process accelerates: 512, 256 or 128.</summary>
    public static int CurrentSimd => Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : 128;

    /// <summary>Articles, segments and quotes of the corpus measured, and its SHA-256.</summary>
    public CorpusFigures Corpus { get; init; } = new(0, 0, 0, "");

    /// <summary>Segment labels, both passes: grouped-CV macro-F1.</summary>
    public double SegmentsMacroF1 { get; init; }

    /// <summary>Segment labels, both passes: grouped-CV accuracy.</summary>
    public double SegmentsAccuracy { get; init; }

    /// <summary>Segment labels, first pass alone: grouped-CV macro-F1.</summary>
    public double FirstPassMacroF1 { get; init; }

    /// <summary>Stance of quoted reactions: grouped-CV macro-F1.</summary>
    public double StanceMacroF1 { get; init; }

    /// <summary>Stance of quoted reactions: grouped-CV accuracy.</summary>
    public double StanceAccuracy { get; init; }

    /// <summary><c>clean</c> on <c>../shared/pages-dev</c> with the shipped model.</summary>
    public PageFigures PagesDev { get; init; } = new(0, 0, 0, 0, 0);

    /// <summary><c>clean</c> on <c>../shared/pages-modern-dev</c> with the shipped model.</summary>
    public PageFigures PagesModernDev { get; init; } = new(0, 0, 0, 0, 0);

    /// <summary><c>clean</c> on the HTML of <c>../shared/pages-dev</c> with the shipped model.</summary>
    public PageFigures HtmlPagesDev { get; init; } = new(0, 0, 0, 0, 0);

    /// <summary><c>clean</c> on the HTML of <c>../shared/pages-modern-dev</c> with the shipped model.</summary>
    public PageFigures HtmlPagesModernDev { get; init; } = new(0, 0, 0, 0, 0);

    /// <summary>The quote finder on <c>eval/heldout-quotes</c>.</summary>
    public QuoteFinderFigures QuoteFinder { get; init; } = new(0, 0, 0, 0);

    /// <summary>
    /// Trains the default models from <paramref name="labels"/> into <paramref name="models"/> with
    /// 5-fold grouped cross-validation (seed 1), then measures the shipped model on both development
    /// folders (text and HTML input) and the quote finder on <paramref name="heldoutQuotes"/>.
    /// </summary>
    public static BaselineFigures Measure(string labels, string models, string pagesDev, string pagesModernDev, string heldoutQuotes, string command, TextWriter? log = null)
    {
        var manifest = ArticleModelTraining.Train(new ArticleTrainingOptions { Labels = labels, Output = models, Folds = 5, Seed = 1 }, log);
        var tagger = ArticleTagger.Load(models);
        return new BaselineFigures
        {
            Command = command,
            Simd = CurrentSimd,
            Corpus = new CorpusFigures(manifest.TrainingData.Groups, manifest.TrainingData.Rows, manifest.TrainingData.Quotes, manifest.TrainingData.Sha256),
            SegmentsMacroF1 = Round(manifest.Metrics["segments"].MacroF1),
            SegmentsAccuracy = Round(manifest.Metrics["segments"].Accuracy),
            FirstPassMacroF1 = Round(manifest.Metrics["segments-first-pass"].MacroF1),
            StanceMacroF1 = Round(manifest.Metrics["stance"].MacroF1),
            StanceAccuracy = Round(manifest.Metrics["stance"].Accuracy),
            PagesDev = PageFigures.Of(ArticleModelTraining.EvaluatePages(tagger, pagesDev)),
            PagesModernDev = PageFigures.Of(ArticleModelTraining.EvaluatePages(tagger, pagesModernDev)),
            HtmlPagesDev = PageFigures.Of(ArticleModelTraining.EvaluateHtmlPages(tagger, pagesDev)),
            HtmlPagesModernDev = PageFigures.Of(ArticleModelTraining.EvaluateHtmlPages(tagger, pagesModernDev)),
            QuoteFinder = QuoteFinderEvaluation.Run(heldoutQuotes),
        };
    }

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="InvalidDataException">The file is not a baseline.</exception>
    public static BaselineFigures Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<BaselineFigures>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: empty baseline");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{(e.LineNumber ?? 0) + 1}: not a baseline file ({e.Message})", e);
        }
    }

    /// <summary>Writes the figures to <paramref name="path"/> (a temporary file renamed into place).</summary>
    public void Save(string path)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Json) + "\n");
        File.Move(temp, path, overwrite: true);
    }

    internal static double Round(double value) => Math.Round(value, Decimals);
}

/// <summary>Size and fingerprint of the corpus a baseline was measured on.</summary>
/// <param name="Articles">Labelled articles.</param>
/// <param name="Segments">Labelled segments.</param>
/// <param name="Quotes">Labelled quotes.</param>
/// <param name="Sha256">SHA-256 over the label files.</param>
public sealed record CorpusFigures(int Articles, int Segments, int Quotes, string Sha256);

/// <summary>Cleaning figures on one folder of development pages (the pages' shingle measure).</summary>
/// <param name="Pages">Pages scored.</param>
/// <param name="F1">F1 of the mean precision and mean recall.</param>
/// <param name="Precision">Mean page precision.</param>
/// <param name="Recall">Mean page recall.</param>
/// <param name="KeepAllF1">F1 when every line is kept.</param>
public sealed record PageFigures(int Pages, double F1, double Precision, double Recall, double KeepAllF1)
{
    internal static PageFigures Of(PageEvaluation e) =>
        new(e.Pages.Count, BaselineFigures.Round(e.F1), BaselineFigures.Round(e.Precision), BaselineFigures.Round(e.Recall), BaselineFigures.Round(e.KeepAllF1));
}

/// <summary>The quote finder on held-out articles.</summary>
/// <param name="Found">Quotes found.</param>
/// <param name="Gold">Quotes labelled.</param>
/// <param name="Precision">Share of found quotes that match a labelled one.</param>
/// <param name="Recall">Share of labelled quotes found.</param>
public sealed record QuoteFinderFigures(int Found, int Gold, double Precision, double Recall);
