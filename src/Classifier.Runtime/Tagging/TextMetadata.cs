using System.Text.RegularExpressions;
using Classifier.Runtime.Html;

namespace Classifier.Runtime.Tagging;

/// <summary>
/// What a text dump says about itself, read from its tagged segments: the title (a scraper's title
/// line, the text's first line when it is a heading, or else the heading that opens the body; when
/// the body repeats the title line without the site's name, that heading), the byline ("By Mira Holt and Jon Lee") and the date line ("March 3, 2025",
/// "2025-03-03 10:14", "3 mars 2025"), all looked for in the lines around the top of the body,
/// where scrapers leave them. What a text does not say stays null; a text has no language tag or
/// canonical address to read.
/// </summary>
internal static partial class TextMetadata
{
    // Title, byline and date line sit just above the body or in its first lines.
    private const int LinesAbove = 8;
    private const int LinesInto = 3;
    private const int MaxTitleWords = 30;
    private const int MaxBylineWords = 12;
    private const int MaxDateLineWords = 16;

    public static PageMetadata Read(IReadOnlyList<TaggedSegment> segments, IReadOnlyList<int> kept, BodyDecoderOptions options)
    {
        var bodyStart = FirstReport(segments, kept, options.ReportLabel);
        var from = Math.Max(0, bodyStart - LinesAbove);
        var to = Math.Min(segments.Count, bodyStart + LinesInto);
        var titleLine = segments.Count > 0 && IsTitle(segments[0], options) ? segments[0].Text.Trim() : null;
        var headings = new List<string>();
        string? author = null, published = null;
        for (var i = from; i < to; i++)
        {
            var text = segments[i].Text;
            var words = Features.ShapeFeatures.CountWords(text);
            if (i > 0 && i <= bodyStart && IsTitle(segments[i], options))
            {
                headings.Add(text.Trim());
            }

            if (author is null && words <= MaxBylineWords && Byline().Match(text) is { Success: true } byline)
            {
                author = byline.Groups["name"].Value.Trim().TrimEnd(',', '|', '-', '–', '·');
            }

            if (published is null && words <= MaxDateLineWords && DateInLine().Match(text) is { Success: true } date)
            {
                published = date.Value.Trim();
            }
        }

        var title = titleLine is null ? headings.FirstOrDefault() : headings.FirstOrDefault(h => Repeats(titleLine, h)) ?? titleLine;
        return new PageMetadata(title, author, published, null, null);
    }

    private static bool IsTitle(TaggedSegment segment, BodyDecoderOptions options) =>
        segment.Label == options.HeadingLabel && Features.ShapeFeatures.CountWords(segment.Text) is >= 2 and <= MaxTitleWords;

    /// <summary>Whether <paramref name="heading"/> is the title line's headline (the line often adds " - Site name").</summary>
    private static bool Repeats(string titleLine, string heading) =>
        titleLine.Contains(heading.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The first kept segment labelled as report, else the first kept one, else the end.</summary>
    private static int FirstReport(IReadOnlyList<TaggedSegment> segments, IReadOnlyList<int> kept, string reportLabel)
    {
        foreach (var i in kept)
        {
            if (segments[i].Label == reportLabel)
            {
                return i;
            }
        }

        return kept.Count > 0 ? kept[0] : segments.Count;
    }

    // "By Name", "Written by Name", "Von Name", "Por Name", "Par Name", "Door Name", "Av Name":
    // a byline word, then capitalised name words (joined by and/&/commas/particles), up to a separator.
    [GeneratedRegex(@"^\s*(?i:(?:(?:written|reported|words|text)\s+)?(?:by|von|por|par|door|av|af))\s*:?\s+(?<name>\p{Lu}[\p{L}\p{M}.'’-]*(?:(?:\s+|\s*,\s*|\s+(?:and|und|y|et|e|en|och|&)\s+)(?:(?:de|da|di|van|von|der|den|du|le|la|al|el|bin|ibn)\s+)*\p{Lu}[\p{L}\p{M}.'’-]*)*)", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Byline();

    // ISO dates, "March 3, 2025", "3 March 2025", "3. März 2025", "03/03/2025", "3.3.2025", with an optional time.
    [GeneratedRegex(@"\b(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)[a-z]*\.?,?\s+(?:de\s+)?\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex DateInLine();
}
