using AngleSharp.Html.Parser;
using Classifier.Runtime.Segmentation;

namespace Classifier.Runtime.Html;

/// <summary>
/// Reads HTML pages (parsed with AngleSharp's HTML5 parser, so broken markup is repaired as a
/// browser would) into <see cref="HtmlPage"/>s: the segments text input would give, each with its
/// structure, and the page's metadata. Safe to call from many threads at once.
/// </summary>
public static class HtmlReader
{
    /// <summary>Default largest page accepted by <see cref="Read(byte[], string?, long)"/>, in bytes once unpacked.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads a page already decoded to text.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="url">The page's address, to resolve a relative canonical URL; optional.</param>
    public static HtmlPage Parse(string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var walker = BlockWalker.Walk(document);
        var segments = new List<Segment>(walker.Lines.Count);
        var structure = new List<BlockStructure>(walker.Lines.Count);
        var offset = 0;
        foreach (var (line, block) in walker.Lines)
        {
            segments.Add(new Segment(segments.Count, offset, line.Length, line));
            structure.Add(block);
            offset += line.Length + 1;
        }

        var text = string.Join('\n', walker.Lines.Select(l => l.Text));
        return new HtmlPage(text, segments, structure, MetadataReader.Read(document, walker, url));
    }

    /// <summary>
    /// Reads a page from its bytes: gzip is unpacked; the encoding is the byte-order mark's, else
    /// the page's <c>meta</c> charset, else UTF-8; undecodable bytes become U+FFFD.
    /// </summary>
    /// <exception cref="HtmlReadException">Binary data, a broken gzip stream, or more than <paramref name="maxBytes"/> once unpacked.</exception>
    public static HtmlPage Read(byte[] bytes, string? url = null, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Parse(Decode(bytes, maxBytes, out _), url);
    }

    /// <summary>The page's markup from its bytes, decoded as <see cref="Read"/> decodes it; <paramref name="warning"/> says when undecodable bytes were replaced.</summary>
    /// <exception cref="HtmlReadException">Binary data, a broken gzip stream, or more than <paramref name="maxBytes"/> once unpacked.</exception>
    public static string Decode(byte[] bytes, long maxBytes, out string? warning) => HtmlBytes.Decode(bytes, maxBytes, out warning);
}
