using Classifier.Train.Evaluation;

namespace Classifier.Bench.Pages;

/// <summary>
/// The error pattern of one cleaned page, from its shingle precision and recall — the patterns of
/// issue 15: the wrong block kept (or nothing), a body cut short, junk kept beside the body.
/// </summary>
internal static class PagePattern
{
    /// <summary>Below this precision most of the kept text is not the body: the wrong block.</summary>
    private const double WrongBlockPrecision = 0.5;

    /// <summary>Below this recall (with the right block) the body was cut short.</summary>
    private const double CutShortRecall = 0.8;

    /// <summary>Below this precision (with the body found) junk was kept beside it.</summary>
    private const double JunkKeptPrecision = 0.8;

    /// <summary>At or above this page F1 the page counts as clean.</summary>
    private const double CleanF1 = 0.9;

    /// <summary>Every pattern, in report order.</summary>
    public static readonly string[] All = ["nothing kept", "wrong block", "body cut short", "junk kept", "minor", "clean"];

    public static string Of(PageScore score) =>
        score.TruePositives + score.FalsePositives == 0 ? "nothing kept"
        : score.Precision < WrongBlockPrecision ? "wrong block"
        : score.F1 >= CleanF1 ? "clean"
        : score.Recall < CutShortRecall ? "body cut short"
        : score.Precision < JunkKeptPrecision ? "junk kept"
        : "minor";
}
