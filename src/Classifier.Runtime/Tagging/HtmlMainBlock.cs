using Classifier.Runtime.Html;

namespace Classifier.Runtime.Tagging;

/// <summary>
/// The kept segments of an HTML page. Segments its structure marks as page furniture
/// (<see cref="StructuralPruning"/>) are left out first; the main block is then found over the
/// rest as for text. When most of that block lies inside the page's declared
/// <c>article</c>/<c>main</c>, the page has said where its body is: every other kept-label
/// segment there joins the block too (a body the model's block split at a subheading, a quote or
/// a list), except headings above the block (the title and kicker).
/// </summary>
internal static class HtmlMainBlock
{
    private const BlockTags Declared = BlockTags.Article | BlockTags.Main;

    public static IEnumerable<TaggedSegment> Kept(TaggedArticle article, HtmlPage page, IReadOnlySet<string> dropped, TaggerOptions options)
    {
        var candidates = article.Segments.Where(s => !StructuralPruning.Drops(page.Structure[s.Index])).ToArray();
        var (first, last) = options.MainBlockOnly && candidates.Length > 0 ? MainBlock.Find(candidates, dropped, options) : (0, candidates.Length - 1);
        var block = candidates.Skip(first).Take(last - first + 1).Where(s => !dropped.Contains(s.Label)).ToArray();
        if (!options.MainBlockOnly || block.Length == 0 || !MostlyDeclared(block, page))
        {
            return block;
        }

        var start = block[0].Index;
        return candidates.Where(s =>
            !dropped.Contains(s.Label)
            && ((page.Structure[s.Index].Tags & Declared) != 0 || (s.Index >= start && s.Index <= block[^1].Index))
            && (s.Index >= start || s.Label != options.HeadingLabel));
    }

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
