namespace Classifier.Runtime.Html;

/// <summary>
/// Reads the page-part words of an element's <c>class</c> and <c>id</c>: they are split into
/// words at every non-letter and at lower-to-upper case changes (<c>related-posts</c>,
/// <c>relatedPosts</c>, <c>related_posts</c> all hold <c>related</c>), and each word is looked up
/// whole, so that <c>shared</c> or <c>address</c> never reads as <c>share</c> or <c>ad</c>.
/// <c>widget</c> is not a hint: page builders call every content module a widget; nor is
/// <c>social</c>: it names embedded social posts (body text) as often as share buttons.
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
        ["comment"] = ClassHints.Comment,
        ["comments"] = ClassHints.Comment,
        ["disqus"] = ClassHints.Comment,
        ["reply"] = ClassHints.Comment,
        ["replies"] = ClassHints.Comment,
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
        var start = 0;
        for (var i = 1; i <= value.Length; i++)
        {
            if (i == value.Length || !char.IsLetter(value[i]) || (char.IsUpper(value[i]) && char.IsLower(value[i - 1])))
            {
                hints |= Lookup(value.AsSpan(start, i - start));
                start = i < value.Length && char.IsLetter(value[i]) ? i : i + 1;
            }
        }

        return hints;
    }

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
