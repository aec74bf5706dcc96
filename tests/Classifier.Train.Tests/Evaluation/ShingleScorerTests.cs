using Classifier.Train.Evaluation;

namespace Classifier.Train.Tests.Evaluation;

public class ShingleScorerTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Tokenize_PunctuationAndUnicode_KeepsWordRunsOnly()
    {
        // \w covers letters with diacritics, digits and the underscore; quotes, dashes and colons split.
        var tokens = ShingleScorer.Tokenize("Müller said: „Ja“ — 42 snake_case!");

        Assert.Equal(["Müller", "said", "Ja", "42", "snake_case"], tokens);
    }

    [Fact]
    public void Shingles_FiveTokens_TwoShinglesOfFour()
    {
        // tokens: a b c d e → shingles "a b c d", "b c d e".
        var shingles = ShingleScorer.Shingles("a b, c d. e");

        Assert.Equal(2, shingles.Count);
        Assert.Equal(1, shingles["a b c d"]);
        Assert.Equal(1, shingles["b c d e"]);
    }

    [Fact]
    public void Shingles_FewerThanFourTokens_OneShorterShingle()
    {
        // two tokens → a single shingle of two tokens.
        var shingles = ShingleScorer.Shingles("Hello, world!");

        Assert.Equal(new Dictionary<string, int> { ["Hello world"] = 1 }, shingles);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t")]
    [InlineData("— !! …")]
    public void Shingles_NoTokens_None(string text)
    {
        Assert.Empty(ShingleScorer.Shingles(text));
    }

    [Fact]
    public void ScorePage_IdenticalTexts_PrecisionAndRecallOne()
    {
        // 6 tokens → 3 shingles, all matched: TP = 3, FP = FN = 0 → P = R = 1.
        const string text = "The council met on Tuesday evening.";
        var score = ShingleScorer.ScorePage(text, text);

        Assert.Equal(new PageScore(3, 0, 0), score);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void ScorePage_SameTokensDifferentPunctuation_Identical()
    {
        // Only word runs count: both texts are the tokens a b c d e → TP = 2.
        var score = ShingleScorer.ScorePage("a b c d e", "a, b; c — d (e)");

        Assert.Equal(new PageScore(2, 0, 0), score);
    }

    [Fact]
    public void ScorePage_EmptyPrediction_PrecisionZeroRecallZero()
    {
        // gold: 5 tokens → 2 shingles; prediction none. TP = FP = 0 → P = 0; R = 0 / (0 + 2) = 0.
        var score = ShingleScorer.ScorePage("one two three four five", "");

        Assert.Equal(new PageScore(0, 0, 2), score);
        Assert.Equal(0.0, score.Precision);
        Assert.Equal(0.0, score.Recall);
        Assert.Equal(0.0, score.F1);
    }

    [Fact]
    public void ScorePage_EmptyGoldAndEmptyPrediction_BothOne()
    {
        // FP = FN = 0 → P = R = 1 even though TP = 0.
        var score = ShingleScorer.ScorePage("", "...");

        Assert.Equal(new PageScore(0, 0, 0), score);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void ScorePage_EmptyGoldNonEmptyPrediction_BothZero()
    {
        // prediction: 4 tokens → 1 shingle, all false. TP = 0, FP = 1 → P = 0; TP = FN = 0 → R = 0.
        var score = ShingleScorer.ScorePage("", "Share this on Facebook");

        Assert.Equal(new PageScore(0, 1, 0), score);
        Assert.Equal(0.0, score.Precision);
        Assert.Equal(0.0, score.Recall);
    }

    [Fact]
    public void ScorePage_ShortTextsDiffering_ShorterShinglesDoNotMatchLonger()
    {
        // gold "a b c" → one shingle "a b c"; prediction "a b c d" → one shingle "a b c d".
        // They differ: TP = 0, FP = 1, FN = 1.
        var score = ShingleScorer.ScorePage("a b c", "a b c d");

        Assert.Equal(new PageScore(0, 1, 1), score);
    }

    [Fact]
    public void ScorePage_ShortTextsEqual_OneSharedShingle()
    {
        var score = ShingleScorer.ScorePage("Breaking news", "Breaking: news!");

        Assert.Equal(new PageScore(1, 0, 0), score);
    }

    [Fact]
    public void ScorePage_CaseDiffers_NoMatch()
    {
        // The measure does not fold case: "Red Blue Green Gold" ≠ "red blue green gold".
        var score = ShingleScorer.ScorePage("Red Blue Green Gold", "red blue green gold");

        Assert.Equal(new PageScore(0, 1, 1), score);
    }

    [Fact]
    public void ScorePage_GoldRepeatsShingle_MinForTruePositivesRestFalseNegatives()
    {
        // gold "a b c d a b c d": 8 tokens → 5 shingles: "a b c d" ×2, "b c d a", "c d a b", "d a b c".
        // prediction "a b c d": "a b c d" ×1.
        // TP = min(2, 1) = 1; FP = max(0, 1 − 2) = 0; FN = (2 − 1) + 1 + 1 + 1 = 4.
        // P = 1 / 1 = 1; R = 1 / 5 = 0.2.
        var score = ShingleScorer.ScorePage("a b c d a b c d", "a b c d");

        Assert.Equal(new PageScore(1, 0, 4), score);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(0.2, score.Recall, Tolerance);
    }

    [Fact]
    public void ScorePage_PredictionRepeatsShingle_ExtraCopiesAreFalsePositives()
    {
        // gold "w x y z" → "w x y z" ×1. prediction "w x y z. w x y z." → "w x y z" ×2, "x y z w", "y z w x", "z w x y".
        // TP = min(1, 2) = 1; FP = (2 − 1) + 1 + 1 + 1 = 4; FN = 0.
        // P = 1 / 5 = 0.2; R = 1 / 1 = 1.
        var score = ShingleScorer.ScorePage("w x y z", "w x y z. w x y z.");

        Assert.Equal(new PageScore(1, 4, 0), score);
        Assert.Equal(0.2, score.Precision, Tolerance);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void ScorePage_PartialOverlap_CountsEachSide()
    {
        // gold "a b c d e f" → abcd, bcde, cdef. prediction "x a b c d e" → xabc, abcd, bcde.
        // TP = 2 (abcd, bcde); FP = 1 (xabc); FN = 1 (cdef). P = R = 2/3.
        var score = ShingleScorer.ScorePage("a b c d e f", "x a b c d e");

        Assert.Equal(new PageScore(2, 1, 1), score);
        Assert.Equal(2.0 / 3, score.Precision, Tolerance);
        Assert.Equal(2.0 / 3, score.Recall, Tolerance);
    }

    [Fact]
    public void Aggregate_PagesWithUndefinedRatios_SkippedFromThoseMeans()
    {
        // page 1: TP 3, FP 1, FN 0 → P = 3/4, R = 1          (in both means)
        // page 2: TP 0, FP 0, FN 2 → TP+FP = 0                (recall only: R = 0)
        // page 3: TP 0, FP 0, FN 0 → TP+FP = TP+FN = 0        (in neither)
        // page 4: TP 1, FP 0, FN 3 → P = 1, R = 1/4           (in both means)
        // precision = (3/4 + 1) / 2 = 7/8; recall = (1 + 0 + 1/4) / 3 = 5/12.
        // F1 = 2 · 7/8 · 5/12 / (7/8 + 5/12) = (35/48) / (31/24) = 35/62.
        var score = ShingleScorer.Aggregate(
        [
            new PageScore(3, 1, 0),
            new PageScore(0, 0, 2),
            new PageScore(0, 0, 0),
            new PageScore(1, 0, 3),
        ]);

        Assert.Equal(4, score.Pages);
        Assert.Equal(2, score.PrecisionPages);
        Assert.Equal(3, score.RecallPages);
        Assert.Equal(7.0 / 8, score.Precision, Tolerance);
        Assert.Equal(5.0 / 12, score.Recall, Tolerance);
        Assert.Equal(35.0 / 62, score.F1, Tolerance);
    }

    [Fact]
    public void Aggregate_F1_IsHarmonicMeanOfMeansNotMeanOfPageF1()
    {
        // page 1: TP 1, FP 0, FN 0 → P = 1, R = 1, page F1 = 1.
        // page 2: TP 1, FP 3, FN 0 → P = 1/4, R = 1, page F1 = 2/5.
        // precision = (1 + 1/4) / 2 = 5/8; recall = 1. F1 = 2 · 5/8 / (5/8 + 1) = (5/4) / (13/8) = 10/13
        // (the mean of page F1s would be 7/10).
        var score = ShingleScorer.Aggregate([new PageScore(1, 0, 0), new PageScore(1, 3, 0)]);

        Assert.Equal(5.0 / 8, score.Precision, Tolerance);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(10.0 / 13, score.F1, Tolerance);
    }

    [Fact]
    public void Aggregate_NoPages_AllZero()
    {
        var score = ShingleScorer.Aggregate([]);

        Assert.Equal(new CorpusScore(0, 0, 0, 0, 0, 0), score);
    }
}
