using Classifier.Runtime.Html;

namespace Classifier.Runtime.Tagging;

/// <summary>
/// The element of an HTML page that holds the decoded body: the innermost one with at least
/// <see cref="BodyShare"/> of the body's words. Readability finds its article the same way, from
/// the other end (scoring paragraphs, then their parents); here the decoder has found the body's
/// lines and the page's markup says where they sit.
/// </summary>
internal static class BodyContainer
{
    private const double BodyShare = 0.8;

    // The html and body elements hold every line: as a container they would say nothing of where the body sits.
    private const int PageDepth = 2;

    /// <summary>The container's element id, or null when the body has no words or only the whole page holds it.</summary>
    public static int? Find(IEnumerable<TaggedSegment> body, HtmlPage page)
    {
        var words = new Dictionary<int, (int Words, int Depth)>();
        var total = 0;
        foreach (var s in body)
        {
            var count = Features.ShapeFeatures.CountWords(s.Text);
            total += count;
            var chain = page.Structure[s.Index].Elements;
            var depth = Depth(chain);
            for (var c = chain; c is not null; c = c.Parent, depth--)
            {
                words[c.Id] = (words.GetValueOrDefault(c.Id).Words + count, depth);
            }
        }

        if (total == 0)
        {
            return null;
        }

        int? best = null;
        var bestDepth = PageDepth;
        foreach (var (id, (count, depth)) in words)
        {
            if (count >= BodyShare * total && depth > bestDepth)
            {
                best = id;
                bestDepth = depth;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether the segment lies inside the element <paramref name="id"/> and not in an
    /// <c>article</c> nested there: an article inside the body's element is a composition of its
    /// own (another story's teaser, a comment), not the body.
    /// </summary>
    public static bool Holds(int id, BlockStructure structure)
    {
        for (var c = structure.Elements; c is not null; c = c.Parent)
        {
            if (c.Id == id)
            {
                return true;
            }

            if (c.IsArticle)
            {
                return false;
            }
        }

        return false;
    }

    private static int Depth(ElementChain? chain)
    {
        var depth = 0;
        for (var c = chain; c is not null; c = c.Parent)
        {
            depth++;
        }

        return depth;
    }
}
