namespace Classifier.Runtime.Html;

/// <summary>The semantic HTML elements (or ARIA roles) a segment lies inside, from its ancestors.</summary>
[Flags]
public enum BlockTags
{
    /// <summary>Inside none of the elements below.</summary>
    None = 0,

    /// <summary><c>nav</c> or <c>role="navigation"</c>.</summary>
    Nav = 1 << 0,

    /// <summary><c>aside</c> or <c>role="complementary"</c>.</summary>
    Aside = 1 << 1,

    /// <summary><c>header</c> or <c>role="banner"</c>.</summary>
    Header = 1 << 2,

    /// <summary><c>footer</c> or <c>role="contentinfo"</c>.</summary>
    Footer = 1 << 3,

    /// <summary><c>article</c> or <c>role="article"</c>.</summary>
    Article = 1 << 4,

    /// <summary><c>main</c> or <c>role="main"</c>.</summary>
    Main = 1 << 5,

    /// <summary><c>figure</c>.</summary>
    Figure = 1 << 6,

    /// <summary><c>figcaption</c>.</summary>
    Figcaption = 1 << 7,

    /// <summary><c>li</c> (a list item).</summary>
    ListItem = 1 << 8,

    /// <summary><c>table</c>.</summary>
    Table = 1 << 9,

    /// <summary><c>form</c>, or a form control (<c>button</c>, <c>select</c>, <c>label</c>).</summary>
    Form = 1 << 10,

    /// <summary><c>blockquote</c>.</summary>
    Blockquote = 1 << 11,

    /// <summary>The page's <c>title</c> element in <c>head</c>.</summary>
    Title = 1 << 12,

    /// <summary><c>pre</c> (preformatted text).</summary>
    Pre = 1 << 13,
}
