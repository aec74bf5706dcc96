namespace Classifier.Runtime.Html;

/// <summary>
/// Which segments of an HTML page are page furniture by their structure alone, whatever the
/// model says of their words: what sits in navigation, asides, footers, forms, figures and
/// captions, in blocks whose class or id names such a part, and lines that are mostly link text
/// outside the page's <c>article</c>/<c>main</c> (inside it, link-dense lines are as often the
/// body's own: lists of sources, embedded posts, glossaries).
/// Generic HTML semantics only: no site's own class names.
/// </summary>
internal static class StructuralPruning
{
    /// <summary>Above this share of link text a line is a link list entry, not prose.</summary>
    internal const double LinkDensityLimit = 0.5;

    private const BlockTags FurnitureTags = BlockTags.Nav | BlockTags.Aside | BlockTags.Header | BlockTags.Footer | BlockTags.Figure | BlockTags.Figcaption | BlockTags.Form | BlockTags.Title;

    private const ClassHints FurnitureHints = ClassHints.Related | ClassHints.Comment | ClassHints.Share | ClassHints.Promo | ClassHints.Sidebar
        | ClassHints.Newsletter | ClassHints.Cookie | ClassHints.Navigation | ClassHints.Footer | ClassHints.Caption | ClassHints.Byline;

    public static bool Drops(BlockStructure block) =>
        (block.Tags & FurnitureTags) != 0
        || (block.Hints & FurnitureHints) != 0
        || (MostlyLinks(block) && (block.Tags & (BlockTags.Article | BlockTags.Main)) == 0);

    /// <summary>Whether most of the line is link text: an entry of a link list, not prose.</summary>
    public static bool MostlyLinks(BlockStructure block) => block.LinkDensity > LinkDensityLimit;
}
