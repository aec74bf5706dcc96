namespace Classifier.Runtime.Html;

/// <summary>
/// Reads the page-part words of an element's <c>class</c> and <c>id</c>: they are split into
/// words at every non-letter and at lower-to-upper case changes (<c>related-posts</c>,
/// <c>relatedPosts</c>, <c>related_posts</c> all hold <c>related</c>), and each word is looked up
/// whole, so that <c>shared</c> or <c>address</c> never reads as <c>share</c> or <c>ad</c>.
/// <c>widget</c> is not a hint: page builders call every content module a widget; nor is
/// <c>social</c>: it names embedded social posts (body text) as often as share buttons. A class
/// that begins with a state word (<c>has-sidebar</c>, <c>with-comments</c>, <c>no-ads</c>,
/// <c>hasRailRight</c>) says what a layout holds, not what the element is, and gives no hint: such
/// classes sit on the wrappers around a whole page's content.
/// </summary>
internal static class ClassTokens
{
    private static readonly Dictionary<string, ClassHints> Words = new(StringComparer.Ordinal)
    {
        ["related"] = ClassHints.Related,
        ["recommended"] = ClassHints.Related,
        ["recommendations"] = ClassHints.Related,
        ["popular"] = ClassHints.Related,
        ["trending"] = ClassHints.Related,
        ["outbrain"] = ClassHints.Related,
        ["taboola"] = ClassHints.Related,
        ["supplemental"] = ClassHints.Related,
        ["comment"] = ClassHints.Comment,
        ["comments"] = ClassHints.Comment,
        ["disqus"] = ClassHints.Comment,
        ["reply"] = ClassHints.Comment,
        ["replies"] = ClassHints.Comment,
        ["shoutbox"] = ClassHints.Comment,
        ["share"] = ClassHints.Share,
        ["sharing"] = ClassHints.Share,
        ["sharebar"] = ClassHints.Share,
        ["promo"] = ClassHints.Promo,
        ["promotion"] = ClassHints.Promo,
        ["sponsored"] = ClassHints.Promo,
        ["sponsor"] = ClassHints.Promo,
        ["ad"] = ClassHints.Promo,
        ["ads"] = ClassHints.Promo,
        ["advert"] = ClassHints.Promo,
        ["advertisement"] = ClassHints.Promo,
        ["adslot"] = ClassHints.Promo,
        ["banner"] = ClassHints.Promo,
        ["skyscraper"] = ClassHints.Promo,
        ["popup"] = ClassHints.Promo,
        ["sidebar"] = ClassHints.Sidebar,
        ["rail"] = ClassHints.Sidebar,
        ["newsletter"] = ClassHints.Newsletter,
        ["subscribe"] = ClassHints.Newsletter,
        ["subscription"] = ClassHints.Newsletter,
        ["signup"] = ClassHints.Newsletter,
        ["cookie"] = ClassHints.Cookie,
        ["cookies"] = ClassHints.Cookie,
        ["consent"] = ClassHints.Cookie,
        ["gdpr"] = ClassHints.Cookie,
        ["nav"] = ClassHints.Navigation,
        ["navbar"] = ClassHints.Navigation,
        ["navigation"] = ClassHints.Navigation,
        ["menu"] = ClassHints.Navigation,
        ["breadcrumb"] = ClassHints.Navigation,
        ["breadcrumbs"] = ClassHints.Navigation,
        ["pagination"] = ClassHints.Navigation,
        ["pager"] = ClassHints.Navigation,
        ["masthead"] = ClassHints.Navigation,
        ["footer"] = ClassHints.Footer,
        ["copyright"] = ClassHints.Footer,
        ["caption"] = ClassHints.Caption,
        ["credit"] = ClassHints.Caption,
        ["credits"] = ClassHints.Caption,
        ["byline"] = ClassHints.Byline,
        ["author"] = ClassHints.Byline,
        ["dateline"] = ClassHints.Byline,
        ["tags"] = ClassHints.Tags,
        ["topics"] = ClassHints.Tags,
        ["categories"] = ClassHints.Tags,
    };

    public static ClassHints Read(string? classes, string? id) => Read(classes) | Read(id);

    private static ClassHints Read(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return ClassHints.None;
        }

        var hints = ClassHints.None;
        foreach (var range in value.AsSpan().SplitAny(" \t\r\n\f"))
        {
            hints |= ReadClass(value.AsSpan(range));
        }

        return hints;
    }

    /// <summary>The hints of one class (or id): each of its words looked up, none when the first is a state word.</summary>
    private static ClassHints ReadClass(ReadOnlySpan<char> value)
    {
        var hints = ClassHints.None;
        var start = 0;
        var first = true;
        for (var i = 1; i <= value.Length; i++)
        {
            if (i == value.Length || !char.IsLetter(value[i]) || (char.IsUpper(value[i]) && char.IsLower(value[i - 1])))
            {
                var word = value[start..i];
                if (first && !word.IsEmpty)
                {
                    if (IsStateWord(word))
                    {
                        return ClassHints.None;
                    }

                    first = false;
                }

                hints |= Lookup(word);
                start = i < value.Length && char.IsLetter(value[i]) ? i : i + 1;
            }
        }

        return hints;
    }

    private static bool IsStateWord(ReadOnlySpan<char> word) =>
        word.Equals("has", StringComparison.OrdinalIgnoreCase) || word.Equals("with", StringComparison.OrdinalIgnoreCase)
        || word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("without", StringComparison.OrdinalIgnoreCase);

    private static ClassHints Lookup(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 20)
        {
            return ClassHints.None;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var hint) ? hint : ClassHints.None;
    }
}
