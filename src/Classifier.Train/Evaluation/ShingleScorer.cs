using System.Text.RegularExpressions;

namespace Classifier.Train.Evaluation;

/// <summary>
/// The shingle measure of the development pages (see <c>shared/pages-dev/README.md</c>): tokens are
/// runs of word characters, shingles are runs of <see cref="ShingleSize"/> consecutive tokens
/// (a shorter text gives one shorter shingle, an empty text none), counted as multisets.
/// </summary>
internal static partial class ShingleScorer
{
    /// <summary>Tokens a shingle holds.</summary>
    public const int ShingleSize = 4;

    /// <summary>The word-character tokens of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = WordRun().Matches(text);
        var tokens = new string[matches.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = matches[i].Value;
        }

        return tokens;
    }

    /// <summary>Each shingle of <paramref name="text"/> with the number of times it occurs.</summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokenize(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return counts;
        }

        // Tokens never hold a space, so joining with one keeps shingles apart.
        var width = Math.Min(ShingleSize, tokens.Count);
        for (var start = 0; start + width <= tokens.Count; start++)
        {
            var key = string.Join(' ', tokens.Skip(start).Take(width));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    /// <summary>Scores one page: <paramref name="predicted"/> (the extracted body) against <paramref name="gold"/>.</summary>
    public static PageScore ScorePage(string gold, string predicted)
    {
        var goldShingles = Shingles(gold);
        var predictedShingles = Shingles(predicted);
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var (shingle, predictedCount) in predictedShingles)
        {
            var goldCount = goldShingles.GetValueOrDefault(shingle);
            truePositives += Math.Min(goldCount, predictedCount);
            falsePositives += Math.Max(0, predictedCount - goldCount);
        }

        foreach (var (shingle, goldCount) in goldShingles)
        {
            falseNegatives += Math.Max(0, goldCount - predictedShingles.GetValueOrDefault(shingle));
        }

        return new PageScore(truePositives, falsePositives, falseNegatives);
    }

    /// <summary>
    /// The corpus figures: precision is the mean page precision over pages with TP+FP &gt; 0, recall the
    /// mean page recall over pages with TP+FN &gt; 0, and F1 the harmonic mean of those two means.
    /// A mean over no pages is 0.
    /// </summary>
    public static CorpusScore Aggregate(IEnumerable<PageScore> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        double precisionSum = 0, recallSum = 0;
        int precisionPages = 0, recallPages = 0, count = 0;
        foreach (var page in pages)
        {
            count++;
            if (page.TruePositives + page.FalsePositives > 0)
            {
                precisionSum += page.Precision;
                precisionPages++;
            }

            if (page.TruePositives + page.FalseNegatives > 0)
            {
                recallSum += page.Recall;
                recallPages++;
            }
        }

        var precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        var recall = recallPages == 0 ? 0 : recallSum / recallPages;
        return new CorpusScore(precision, recall, HarmonicMean(precision, recall), count, precisionPages, recallPages);
    }

    /// <summary>2PR/(P+R), or 0 when both are 0.</summary>
    public static double HarmonicMean(double precision, double recall) =>
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRun();
}

/// <summary>
/// Shingle counts of one page. The measure divides the three counts by their sum so that every page
/// weighs the same; the ratios below are unchanged by that, so the raw counts are kept.
/// </summary>
/// <param name="TruePositives">Σ min(gold, predicted) over shingles.</param>
/// <param name="FalsePositives">Σ max(0, predicted − gold) over shingles.</param>
/// <param name="FalseNegatives">Σ max(0, gold − predicted) over shingles.</param>
internal readonly record struct PageScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP/(TP+FP); 1 when FP = FN = 0; 0 when TP = FP = 0 (and FN &gt; 0).</summary>
    public double Precision =>
        FalsePositives == 0 && FalseNegatives == 0 ? 1
        : TruePositives == 0 && FalsePositives == 0 ? 0
        : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP/(TP+FN); 1 when FP = FN = 0; 0 when TP = FN = 0 (and FP &gt; 0).</summary>
    public double Recall =>
        FalsePositives == 0 && FalseNegatives == 0 ? 1
        : TruePositives == 0 && FalseNegatives == 0 ? 0
        : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The page's own 2PR/(P+R), for ranking pages.</summary>
    public double F1 => ShingleScorer.HarmonicMean(Precision, Recall);
}

/// <summary>Corpus figures of the shingle measure.</summary>
/// <param name="Precision">Mean page precision over the pages with TP+FP &gt; 0.</param>
/// <param name="Recall">Mean page recall over the pages with TP+FN &gt; 0.</param>
/// <param name="F1">2PR/(P+R) of the two means.</param>
/// <param name="Pages">Pages scored.</param>
/// <param name="PrecisionPages">Pages the precision mean is over.</param>
/// <param name="RecallPages">Pages the recall mean is over.</param>
internal sealed record CorpusScore(double Precision, double Recall, double F1, int Pages, int PrecisionPages, int RecallPages);
