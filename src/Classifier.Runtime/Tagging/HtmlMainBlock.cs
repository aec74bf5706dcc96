using Classifier.Runtime.Html;

namespace Classifier.Runtime.Tagging;

/// <summary>
/// The verdict and kept segments of an HTML page. Segments its structure marks as page furniture
/// (<see cref="StructuralPruning"/>) are left out first; the body is then decoded over the rest as
/// for text (<see cref="PageJudge"/>). When most of that body lies inside the page's declared
/// <c>article</c>/<c>main</c>, the page has said where its body is: every other kept-label
/// segment there joins it too (a body the decoder split at a subheading, a quote or a list),
/// except headings above the body (the title and kicker), and so does every line of prose between
/// the body's first and last lines there, whatever its label. On every page, declared or not, the
/// element that holds the body (<see cref="BodyContainer"/>) brings in its other lines of prose too.
/// User rules win over the structure: a segment a keep rule matches is kept even in an aside, one a
/// drop rule matches never joins.
/// </summary>
internal static class HtmlMainBlock
{
    private const BlockTags Declared = BlockTags.Article | BlockTags.Main;

    // A line of a few words or more inside the declared body is prose of the body, whatever its label.
    private const int InsideBodyWords = 5;

    public static (PageVerdict Verdict, int[] Kept) Judge(IReadOnlyList<TaggedSegment> segments, HtmlPage page, IReadOnlySet<string> dropped, BodyDecoderOptions options)
    {
        // Segments a user rule decided are out of the decoding, whatever the structure says; those a keep rule matches join at the end.
        var candidates = segments.Where(s => s.Rule is null && !StructuralPruning.Drops(page.Structure[s.Index])).ToArray();
        var (verdict, keptOfCandidates) = PageJudge.Judge(candidates, dropped, options);
        var body = keptOfCandidates.Select(i => candidates[i]).ToArray();
        if (!options.Enabled || body.Length == 0)
        {
            return (verdict, PageJudge.WithKeepRules(body.Select(s => s.Index), segments));
        }

        var kept = MostlyDeclared(body, page) ? WithDeclaredBody(body, candidates, page, dropped, options) : body.Select(s => s.Index);
        return (verdict, PageJudge.WithKeepRules(WithContainerProse(kept, body, candidates, page, options), segments));
    }

    /// <summary>The body, the other kept-label lines of the declared article/main and the declared prose between the body's first and last lines.</summary>
    private static IEnumerable<int> WithDeclaredBody(TaggedSegment[] body, TaggedSegment[] candidates, HtmlPage page, IReadOnlySet<string> dropped, BodyDecoderOptions options)
    {
        var start = body[0].Index;
        var end = body[^1].Index;
        var inBody = body.Select(s => s.Index).ToHashSet();
        return candidates.Where(s =>
            (!dropped.Contains(s.Label) || InsideDeclaredBody(s, start, end, page))
            && ((page.Structure[s.Index].Tags & Declared) != 0 || inBody.Contains(s.Index))
            && (s.Index >= start || s.Label != options.HeadingLabel)).Select(s => s.Index);
    }

    /// <summary>
    /// The kept lines and every line of prose in the element that holds the body (<see cref="BodyContainer"/>)
    /// that is not mostly link text, whatever its label: product boxes, captions and embeds cut a
    /// body into runs, and the model calls some of their prose comment or boilerplate, but the
    /// page keeps them in the body's own element. Headings above the body stay out.
    /// </summary>
    private static IEnumerable<int> WithContainerProse(IEnumerable<int> kept, TaggedSegment[] body, TaggedSegment[] candidates, HtmlPage page, BodyDecoderOptions options)
    {
        var set = kept.ToHashSet();
        if (BodyContainer.Find(body, page) is not { } container)
        {
            return set.Order();
        }

        var start = body[0].Index;
        foreach (var s in candidates)
        {
            if (!set.Contains(s.Index)
                && (s.Index >= start || s.Label != options.HeadingLabel)
                && IsProse(s, page)
                && BodyContainer.Holds(container, page.Structure[s.Index]))
            {
                set.Add(s.Index);
            }
        }

        return set.Order();
    }

    /// <summary>
    /// A declared line between the body's first and last lines, long enough to be prose and not mostly link text: the model
    /// calls some body paragraphs comment or boilerplate, but the page puts them inside its body.
    /// Only inside the span: after the body, a declared article often goes on with its comments.
    /// </summary>
    private static bool InsideDeclaredBody(TaggedSegment s, int start, int end, HtmlPage page) =>
        s.Index > start && s.Index < end
        && (page.Structure[s.Index].Tags & Declared) != 0
        && IsProse(s, page);

    /// <summary>A line of a few words or more that is not mostly link text.</summary>
    private static bool IsProse(TaggedSegment s, HtmlPage page) =>
        !StructuralPruning.MostlyLinks(page.Structure[s.Index])
        && Features.ShapeFeatures.CountWords(s.Text) >= InsideBodyWords;

    private static bool MostlyDeclared(TaggedSegment[] block, HtmlPage page)
    {
        var words = 0;
        var declared = 0;
        foreach (var s in block)
        {
            var count = Features.ShapeFeatures.CountWords(s.Text);
            words += count;
            if ((page.Structure[s.Index].Tags & Declared) != 0)
            {
                declared += count;
            }
        }

        return declared * 2 > words;
    }
}
