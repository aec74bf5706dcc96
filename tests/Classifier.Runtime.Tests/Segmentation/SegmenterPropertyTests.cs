using Classifier.Runtime.Segmentation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Classifier.Runtime.Tests.Segmentation;

public sealed class SegmenterPropertyTests
{
    private const int Runs = 3000;

    /// <summary>Every character the segmenter treats as the end of a line (documented on <see cref="Segmenter"/>).</summary>
    private static readonly char[] LineBreaks = ['\n', '\r', '\u2028', '\u2029', '\u0085', '\v', '\f'];

    private static readonly char[] Alphabet =
    [
        'a', 'Z', 'é', 'Ж', '.', '“', '@', '1', '-', ' ', ' ', '\t', '\u00A0', '\u2007', '\u3000', '\uFEFF', '\u200B',
        '\n', '\r', '\u2028', '\u2029', '\u0085', '\v', '\f', '\0', '\uD83D', '\uDE00',
    ];

    private static readonly string[] Pieces = ["\r\n", "\n\n", "\r\n\r\n", " \u00A0 \n", "\uFEFF", "Word", "A line.", "\t\t"];

    private static Arbitrary<string> ArticleText()
    {
        var piece = Gen.OneOf(Gen.Elements(Alphabet).Select(c => c.ToString()), Gen.Elements(Pieces));
        return piece.ListOf().Select(parts => string.Concat(parts)).ToArbitrary();
    }

    [Property(MaxTest = Runs)]
    public Property Split_ArticleLikeText_SegmentsInOrderAndNeverOverlap() =>
        Prop.ForAll(ArticleText(), text =>
        {
            var segments = Segmenter.Split(text);
            return segments.Zip(segments.Skip(1)).All(p => p.First.Start + p.First.Length < p.Second.Start);
        });

    [Property(MaxTest = Runs)]
    public Property Split_ArticleLikeText_TextIsSubstringOfOriginal() =>
        Prop.ForAll(ArticleText(), text => Segmenter.Split(text).All(s =>
            s.Start >= 0 && s.Length > 0 && s.Start + s.Length <= text.Length && s.Text == text.Substring(s.Start, s.Length)));

    [Property(MaxTest = Runs)]
    public Property Split_ArticleLikeText_IndexesRunFromZero() =>
        Prop.ForAll(ArticleText(), text => Segmenter.Split(text).Select(s => s.Index).SequenceEqual(Enumerable.Range(0, Segmenter.Split(text).Count)));

    [Property(MaxTest = Runs)]
    public Property Split_ArticleLikeText_EveryVisibleCharCoveredExactlyOnce() =>
        Prop.ForAll(ArticleText(), text => CoverageHolds(text));

    [Property(MaxTest = Runs)]
    public Property Split_ArticleLikeText_SegmentsHoldNoLineBreakAndNoBlankEdges() =>
        Prop.ForAll(ArticleText(), text => Segmenter.Split(text).All(s =>
            s.Text.IndexOfAny(LineBreaks) < 0 && !Segmenter.IsBlank(s.Text[0]) && !Segmenter.IsBlank(s.Text[^1])));

    [Property(MaxTest = Runs)]
    public bool Split_ArbitraryString_EveryVisibleCharCoveredExactlyOnce(NonNull<string> text) => CoverageHolds(text.Get);

    private static bool CoverageHolds(string text)
    {
        var cover = new int[text.Length];
        foreach (var s in Segmenter.Split(text))
        {
            for (var i = s.Start; i < s.Start + s.Length; i++)
            {
                cover[i]++;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var visible = !Segmenter.IsBlank(text[i]) && Array.IndexOf(LineBreaks, text[i]) < 0;
            if (visible ? cover[i] != 1 : cover[i] > 1)
            {
                return false;
            }
        }

        return true;
    }
}
