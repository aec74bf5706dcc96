namespace Classifier.Runtime.Tagging;

/// <summary>
/// Gives a page its verdict (article, listing, no article) from the decoded body and the segment
/// labels, and makes sure a page judged an article is never cleaned to nothing: when the decoder
/// keeps nothing but the page holds <see cref="BodyDecoderOptions.MinArticleWords"/> words of
/// news-report text, the page keeps its best block of body text instead.
/// </summary>
public static class PageJudge
{
    /// <summary>
    /// The verdict and the indices of the segments <c>clean</c> keeps, in order. Segments that a user
    /// rule decided (<see cref="TaggedSegment.Rule"/>) are taken out first: the decoder and the verdict
    /// read the page as if they were not there (so a body runs on across them), and those a keep rule
    /// matches then join the kept segments, whatever their label.
    /// </summary>
    public static (PageVerdict Verdict, int[] Kept) Judge(IReadOnlyList<TaggedSegment> segments, IReadOnlySet<string> dropped, BodyDecoderOptions options)
    {
        if (!segments.Any(s => s.Rule is not null))
        {
            return JudgeUndecided(segments, dropped, options);
        }

        var undecided = Enumerable.Range(0, segments.Count).Where(i => segments[i].Rule is null).ToArray();
        var (verdict, kept) = JudgeUndecided([.. undecided.Select(i => segments[i])], dropped, options);
        return (verdict, WithKeepRules(kept.Select(k => undecided[k]), segments));
    }

    /// <summary>The <paramref name="kept"/> indices and those of the segments a keep rule matches, in order.</summary>
    internal static int[] WithKeepRules(IEnumerable<int> kept, IReadOnlyList<TaggedSegment> segments) =>
        [.. kept.Concat(Enumerable.Range(0, segments.Count).Where(i => segments[i].Rule?.Action == SegmentRuleAction.Keep)).Order()];

    private static (PageVerdict Verdict, int[] Kept) JudgeUndecided(IReadOnlyList<TaggedSegment> segments, IReadOnlySet<string> dropped, BodyDecoderOptions options)
    {
        if (!options.Enabled)
        {
            return (new PageVerdict(PageKind.Article, 1f), Enumerable.Range(0, segments.Count).Where(i => !dropped.Contains(segments[i].Label)).ToArray());
        }

        var evidence = SegmentEvidence.Of(segments, dropped, options);
        var inBody = BodyDecoder.Decode(evidence, options);
        var kept = Enumerable.Range(0, segments.Count).Where(i => inBody[i] && !dropped.Contains(segments[i].Label)).ToArray();
        var bodyWords = kept.Sum(i => evidence[i].Words);
        var reportWords = WordsLabelled(options.ReportLabel, segments, evidence);
        if (bodyWords >= options.MinArticleWords || (kept.Length > 0 && reportWords >= options.MinArticleWords))
        {
            return (new PageVerdict(PageKind.Article, MeanBody(evidence, kept)), kept);
        }

        var pageWords = evidence.Sum(e => e.Words);
        var linkWords = WordsLabelled(options.LinkLabel, segments, evidence);
        if (pageWords > 0 && linkWords >= options.ListingLinkShare * pageWords)
        {
            return (new PageVerdict(PageKind.Listing, (float)linkWords / pageWords), kept);
        }

        if (reportWords >= options.MinArticleWords)
        {
            var block = BestBlock(segments, evidence, dropped, options);
            return (new PageVerdict(PageKind.Article, MeanBody(evidence, block)), block);
        }

        return (new PageVerdict(PageKind.NoArticle, 1f - MeanBody(evidence, Enumerable.Range(0, segments.Count).ToArray())), kept);
    }

    /// <summary>
    /// The contiguous run where body text most outweighs the rest (each segment scores its words times
    /// body probability minus the rest), its dropped segments left out; failing that, the longest
    /// news-report segment.
    /// </summary>
    private static int[] BestBlock(IReadOnlyList<TaggedSegment> segments, SegmentEvidence[] evidence, IReadOnlySet<string> dropped, BodyDecoderOptions options)
    {
        var (best, first, last) = (0.0, 0, -1);
        var (sum, start) = (0.0, 0);
        for (var i = 0; i < evidence.Length; i++)
        {
            if (sum <= 0)
            {
                (sum, start) = (0, i);
            }

            sum += evidence[i].Words * ((2 * evidence[i].Body) - 1);
            if (sum > best)
            {
                (best, first, last) = (sum, start, i);
            }
        }

        var block = Enumerable.Range(first, last - first + 1).Where(i => !dropped.Contains(segments[i].Label)).ToArray();
        return block.Length > 0
            ? block
            : [Enumerable.Range(0, segments.Count).Where(i => segments[i].Label == options.ReportLabel).MaxBy(i => evidence[i].Words)];
    }

    private static int WordsLabelled(string label, IReadOnlyList<TaggedSegment> segments, SegmentEvidence[] evidence) =>
        Enumerable.Range(0, segments.Count).Where(i => segments[i].Label == label).Sum(i => evidence[i].Words);

    private static float MeanBody(SegmentEvidence[] evidence, IReadOnlyCollection<int> indices)
    {
        var words = indices.Sum(i => evidence[i].Words);
        return words == 0 ? 0f : (float)(indices.Sum(i => evidence[i].Words * evidence[i].Body) / words);
    }
}
