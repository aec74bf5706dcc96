using Classifier.Runtime.Segmentation;

namespace Classifier.Runtime.Html;

/// <summary>
/// An HTML page read as an article: its visible text, one block a line, the same segments text
/// input would give for that text (offsets into <see cref="Text"/>), each segment's place in the
/// page's structure, and the page's metadata.
/// </summary>
/// <param name="Text">The extracted text: one block element (or <c>br</c>-separated line) a line, white space collapsed.</param>
/// <param name="Segments">The segments of <see cref="Text"/>, as <see cref="Segmenter.Split"/> gives them.</param>
/// <param name="Structure">The structure of each segment, by segment index.</param>
/// <param name="Metadata">The page's title, author, date, language and canonical URL.</param>
public sealed record HtmlPage(string Text, IReadOnlyList<Segment> Segments, IReadOnlyList<BlockStructure> Structure, PageMetadata Metadata);
