using System.Text;
using AngleSharp.Dom;

namespace Classifier.Runtime.Html;

/// <summary>
/// Walks a parsed page once, without recursion (a page may nest elements thousands deep), and
/// writes its visible text one line a block element or <c>br</c>-separated line, white space
/// collapsed as a browser shows it, each line with the structure of the element it starts in.
/// A table row is one line, its cells separated by a space (as a text dump of the page has it).
/// Scripts, styles, templates, <c>noscript</c>, embedded media and hidden elements give no text.
/// The same walk collects what <see cref="MetadataReader"/> reads.
/// <para>
/// A page-part mark (<c>nav</c>, <c>aside</c>, <c>header</c>, <c>footer</c>, a form, or a class/id
/// word such as <c>sidebar</c>) passes to a line only from an element that holds at most
/// <see cref="WrapperShare"/> of the page's text: many templates wrap the whole page in a
/// <c>form</c>, a <c>header</c> or a <c>div class="has-sidebar ad-layout"</c>, and such a
/// wrapper says nothing about the lines inside it.
/// </para>
/// <para>
/// An <c>article</c> more than half of whose text is link text is another story's card (see
/// <see cref="TeaserCards"/>): its lines do not carry the <c>article</c> tag.
/// </para>
/// </summary>
internal sealed class BlockWalker
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "head", "input", "textarea",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "button", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre", "section", "select", "summary", "table", "tbody", "tfoot",
        "thead", "tr", "ul",
    };

    /// <summary>Largest share of the page's text an element may hold and still mark its lines as a page part.</summary>
    internal const double WrapperShare = 0.4;

    private const BlockTags PartTags = BlockTags.Nav | BlockTags.Aside | BlockTags.Header | BlockTags.Footer | BlockTags.Form;

    private readonly List<(string Text, Context Context, double LinkDensity)> _pending = [];
    private readonly List<(string Text, BlockStructure Structure)> _lines = [];
    private readonly List<int> _markedChars = [];
    private int _totalChars;
    private int _elements;
    private readonly List<Context> _contexts = [];
    private readonly StringBuilder _line = new();
    private Context _lineContext;
    private int _chars;
    private int _linkChars;
    private bool _pendingSpace;

    private BlockWalker()
    {
    }

    public List<IElement> MetaElements { get; } = [];

    public List<IElement> LinkElements { get; } = [];

    public List<string> JsonLd { get; } = [];

    /// <summary>The first <c>time</c> element with a <c>datetime</c>, preferring one inside an article.</summary>
    public string? TimeValue { get; private set; }

    /// <summary>The text of the first element marked as the author (<c>rel=author</c>, <c>itemprop=author</c>).</summary>
    public string? AuthorText { get; private set; }

    private bool TimeInArticle { get; set; }

    public static BlockWalker Walk(IDocument document)
    {
        var walker = new BlockWalker();
        if (document.DocumentElement is { } root)
        {
            walker.CollectHead(document);
            if (!string.IsNullOrWhiteSpace(document.Title))
            {
                walker._contexts.Add(new Context(BlockTags.Title, 0, 1, false, null, null));
                walker.AppendText(document.Title);
                walker.Flush();
                walker._contexts.Clear();
            }

            walker.WalkTree(root);
            walker.Resolve();
        }

        return walker;
    }

    public IReadOnlyList<(string Text, BlockStructure Structure)> Lines => _lines;

    private Context Current => _contexts.Count > 0 ? _contexts[^1] : default;

    private void CollectHead(IDocument document)
    {
        if (document.Head is not { } head)
        {
            return;
        }

        foreach (var child in head.Children)
        {
            Collect(child);
        }
    }

    private void Collect(IElement element)
    {
        switch (element.LocalName)
        {
            case "meta":
                MetaElements.Add(element);
                break;
            case "link":
                LinkElements.Add(element);
                break;
            case "script" when string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                JsonLd.Add(element.TextContent);
                break;
        }
    }

    private void WalkTree(IElement root)
    {
        // Children by index: AngleSharp finds a node's NextSibling by searching its parent's
        // children, which makes a walk by siblings quadratic on a page of a million paragraphs.
        var open = new Stack<(INode Node, INodeList Children, int Next)>();
        if (Enter(root))
        {
            open.Push((root, root.ChildNodes, 0));
        }
        else
        {
            Leave(root);
        }

        while (open.Count > 0)
        {
            var (node, children, next) = open.Pop();
            if (next == children.Length)
            {
                Leave(node);
                continue;
            }

            open.Push((node, children, next + 1));
            var child = children[next];
            if (Enter(child))
            {
                open.Push((child, child.ChildNodes, 0));
            }
            else
            {
                Leave(child);
            }
        }

        Flush();
    }

    /// <summary>Starts a node; true when its children are to be walked.</summary>
    private bool Enter(INode node)
    {
        if (node is IText text)
        {
            AppendText(text.Data);
            return false;
        }

        if (node is not IElement element)
        {
            return false;
        }

        var name = element.LocalName;
        var parent = Current;
        var tags = TagsOf(element, name);
        var hints = ClassTokens.Read(element.GetAttribute("class"), element.GetAttribute("id"));
        var marks = parent.Marks;
        if ((tags & PartTags) != 0 || hints != ClassHints.None)
        {
            marks = new Mark(_markedChars.Count, tags & PartTags, hints, marks);
            _markedChars.Add(-_totalChars);
        }

        _contexts.Add(parent with
        {
            Tags = parent.Tags | (tags & ~PartTags),
            HeadingLevel = HeadingLevelOf(name) is var level && level > 0 ? level : parent.HeadingLevel,
            Depth = parent.Depth + 1,
            InLink = parent.InLink || name == "a",
            Marks = marks,
            Elements = new ElementChain(_elements++, (tags & BlockTags.Article) != 0, parent.Elements),
        });
        Observe(element, name);
        if (name == "br")
        {
            Flush();
            return false;
        }

        if (Skipped.Contains(name) || IsHidden(element))
        {
            if (name == "script")
            {
                Collect(element);
            }

            return false;
        }

        if (Blocks.Contains(name))
        {
            Flush();
        }
        else if (name is "td" or "th")
        {
            _pendingSpace = true;
        }

        return true;
    }

    private void Leave(INode node)
    {
        if (node is not IElement element)
        {
            return;
        }

        if (Blocks.Contains(element.LocalName))
        {
            Flush();
        }

        var context = Current;
        if (context.Marks is { } mark && !ReferenceEquals(mark, _contexts.Count > 1 ? _contexts[^2].Marks : null))
        {
            // Entered as minus the text count at the start: now the element's own text count.
            _markedChars[mark.Ordinal] += _totalChars;
        }

        _contexts.RemoveAt(_contexts.Count - 1);
    }

    /// <summary>Body elements that carry metadata: <c>time</c>, author marks, and meta/JSON-LD placed in the body.</summary>
    private void Observe(IElement element, string name)
    {
        switch (name)
        {
            case "time" when element.GetAttribute("datetime") is { Length: > 0 } value:
                var inArticle = (Current.Tags & (BlockTags.Article | BlockTags.Main)) != 0;
                if (TimeValue is null || (inArticle && !TimeInArticle))
                {
                    TimeValue = value.Trim();
                    TimeInArticle = inArticle;
                }

                break;
            case "meta" or "link":
                Collect(element);
                break;
        }

        if (AuthorText is null
            && (string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase)
                || string.Equals(element.GetAttribute("itemprop"), "author", StringComparison.OrdinalIgnoreCase))
            && name != "meta" && name != "link")
        {
            AuthorText = Collapse(element.TextContent);
        }
    }

    private void AppendText(string data)
    {
        var preformatted = (Current.Tags & BlockTags.Pre) != 0;
        foreach (var c in data)
        {
            if (preformatted && c == '\n')
            {
                Flush();
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                _pendingSpace = true;
                continue;
            }

            if (_line.Length == 0)
            {
                _lineContext = Current;
            }
            else if (_pendingSpace)
            {
                _line.Append(' ');
            }

            _pendingSpace = false;
            _line.Append(c);
            _chars++;
            _totalChars++;
            if (Current.InLink)
            {
                _linkChars++;
            }
        }
    }

    private void Flush()
    {
        if (_line.Length > 0)
        {
            _pending.Add((_line.ToString(), _lineContext, (double)_linkChars / _chars));
        }

        _line.Clear();
        _chars = 0;
        _linkChars = 0;
        _pendingSpace = false;
    }

    /// <summary>The lines' structures, now that every marked element's share of the text is known.</summary>
    private void Resolve()
    {
        var limit = WrapperShare * _totalChars;
        var articles = _pending.Select(p => InnermostArticle(p.Context.Elements)).ToArray();
        var cards = TeaserCards(articles);
        for (var i = 0; i < _pending.Count; i++)
        {
            var (text, c, linkDensity) = _pending[i];
            var tags = c.Tags;
            if (articles[i] is { } article && cards.Contains(article))
            {
                tags &= ~BlockTags.Article;
            }

            var hints = ClassHints.None;
            for (var mark = c.Marks; mark is not null; mark = mark.Parent)
            {
                if (_markedChars[mark.Ordinal] <= limit)
                {
                    tags |= mark.Tags;
                    hints |= mark.Hints;
                }
            }

            _lines.Add((text, new BlockStructure(tags, c.HeadingLevel, hints, linkDensity, c.Depth) { Elements = c.Elements }));
        }

        _pending.Clear();
    }

    /// <summary>
    /// The <c>article</c> elements that are mostly link text: a card of another story (its
    /// headline, dek and date inside one link), not a body, so its lines are not the declared body's.
    /// </summary>
    /// <param name="articles">Each pending line's innermost <c>article</c>, if any.</param>
    private HashSet<int> TeaserCards(int?[] articles)
    {
        var shares = new Dictionary<int, (double Chars, double LinkChars)>();
        for (var i = 0; i < _pending.Count; i++)
        {
            var (text, _, linkDensity) = _pending[i];
            if (articles[i] is { } article)
            {
                var (chars, linkChars) = shares.GetValueOrDefault(article);
                shares[article] = (chars + text.Length, linkChars + (text.Length * linkDensity));
            }
        }

        return shares.Where(p => p.Value.LinkChars > StructuralPruning.LinkDensityLimit * p.Value.Chars).Select(p => p.Key).ToHashSet();
    }

    private static int? InnermostArticle(ElementChain? chain)
    {
        for (var e = chain; e is not null; e = e.Parent)
        {
            if (e.IsArticle)
            {
                return e.Id;
            }
        }

        return null;
    }

    private static BlockTags TagsOf(IElement element, string name)
    {
        var tags = name switch
        {
            "nav" => BlockTags.Nav,
            "aside" => BlockTags.Aside,
            "header" => BlockTags.Header,
            "footer" => BlockTags.Footer,
            "article" => BlockTags.Article,
            "main" => BlockTags.Main,
            "figure" => BlockTags.Figure,
            "figcaption" => BlockTags.Figcaption,
            "li" => BlockTags.ListItem,
            "table" => BlockTags.Table,
            "form" or "button" or "select" or "label" => BlockTags.Form,
            "blockquote" => BlockTags.Blockquote,
            "pre" => BlockTags.Pre,
            _ => BlockTags.None,
        };
        var role = element.GetAttribute("role");
        if (role is not null)
        {
            tags |= role.Trim().ToLowerInvariant() switch
            {
                "navigation" or "menu" or "menubar" => BlockTags.Nav,
                "complementary" => BlockTags.Aside,
                "banner" => BlockTags.Header,
                "contentinfo" => BlockTags.Footer,
                "main" => BlockTags.Main,
                "article" => BlockTags.Article,
                "search" or "form" => BlockTags.Form,
                _ => BlockTags.None,
            };
        }

        return tags;
    }

    private static int HeadingLevelOf(string name) =>
        name is ['h', >= '1' and <= '6'] ? name[1] - '0' : 0;

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (element.GetAttribute("style") is { } style && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase));

    internal static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private readonly record struct Context(BlockTags Tags, int HeadingLevel, int Depth, bool InLink, Mark? Marks, ElementChain? Elements);

    /// <summary>A marked ancestor: its ordinal (an index into the marked elements' text counts), its page-part tags and hints, and the next marked ancestor up.</summary>
    private sealed record Mark(int Ordinal, BlockTags Tags, ClassHints Hints, Mark? Parent);
}
