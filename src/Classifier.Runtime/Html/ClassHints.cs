namespace Classifier.Runtime.Html;

/// <summary>Words in the <c>class</c> or <c>id</c> of a segment's ancestors that name a page part.</summary>
[Flags]
public enum ClassHints
{
    /// <summary>No such word.</summary>
    None = 0,

    /// <summary><c>related</c>, <c>recommended</c>, <c>popular</c>, <c>trending</c>, <c>more</c>-stories lists.</summary>
    Related = 1 << 0,

    /// <summary><c>comment</c>, <c>comments</c>, <c>disqus</c>, <c>reply</c>.</summary>
    Comment = 1 << 1,

    /// <summary><c>share</c>, <c>sharing</c>, <c>sharebar</c>.</summary>
    Share = 1 << 2,

    /// <summary><c>promo</c>, <c>sponsored</c>, <c>ad</c>, <c>ads</c>, <c>advert</c>, <c>advertisement</c>.</summary>
    Promo = 1 << 3,

    /// <summary><c>sidebar</c>, <c>rail</c>.</summary>
    Sidebar = 1 << 4,

    /// <summary><c>newsletter</c>, <c>subscribe</c>, <c>signup</c>.</summary>
    Newsletter = 1 << 5,

    /// <summary><c>cookie</c>, <c>consent</c>, <c>gdpr</c>.</summary>
    Cookie = 1 << 6,

    /// <summary><c>nav</c>, <c>menu</c>, <c>breadcrumb</c>, <c>breadcrumbs</c>, <c>masthead</c>.</summary>
    Navigation = 1 << 7,

    /// <summary><c>footer</c>, <c>copyright</c>.</summary>
    Footer = 1 << 8,

    /// <summary><c>caption</c>, <c>credit</c>.</summary>
    Caption = 1 << 9,

    /// <summary><c>byline</c>, <c>author</c>, <c>dateline</c>.</summary>
    Byline = 1 << 10,

    /// <summary><c>tags</c>, <c>topics</c>, <c>categories</c>.</summary>
    Tags = 1 << 11,
}
