using System.Globalization;
using System.Net;
using Classifier.Cli.Input;
using Classifier.Runtime.Quotes;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Output;

/// <summary>
/// <c>classify tag --format html</c>: one self-contained page (inline CSS, no script, nothing fetched)
/// with an article per input: its page verdict (segments <c>clean</c> keeps), every segment on the
/// label's colour with its label and confidence (and the user rule that decided it, if any), and the
/// quoted reactions with speaker, channel and stance. Every piece of article text is HTML-encoded
/// (so the page is also well-formed XML, which the tests parse it as); a failed input shows its error.
/// </summary>
internal sealed class TagHtmlWriter : IRecordWriter
{
    private const string Style = """
        body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#222;padding:0 1rem}
        article{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:0 0 2rem}
        h2{font-size:1.1rem;margin:0 0 .3rem}
        .verdict{color:#555;margin:0 0 .8rem}
        .seg{display:flex;gap:.8rem;padding:.3rem .5rem;margin:2px 0;border-radius:3px}
        .seg.dropped .text{color:#666}
        .meta{flex:0 0 11rem;font:12px ui-monospace,monospace;color:#333}
        .text{flex:1;white-space:pre-wrap}
        table{border-collapse:collapse;margin-top:.8rem;width:100%}
        td,th{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top;font-size:13px}
        .stance-support{color:#17692a}.stance-oppose{color:#a3161b}.stance-neutral{color:#555}
        .error{color:#a3161b}
        .legend span{display:inline-block;padding:.1rem .5rem;margin:0 .3rem .3rem 0;border-radius:3px;font:12px ui-monospace,monospace}
        """;

    private readonly TextWriter _output;
    private readonly ArticleTagger _tagger;

    public TagHtmlWriter(TextWriter output, ArticleTagger tagger)
    {
        _output = output;
        _tagger = tagger;
        _output.Write($"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>classify tag</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n<h1>Tagged articles</h1>\n<p class=\"legend\">");
        foreach (var label in tagger.Labels)
        {
            _output.Write($"<span style=\"background:{LabelPalette.ColourOf(label)}\">{Encode(label)}</span>");
        }

        _output.Write(" <em>grey text: what clean drops</em></p>\n");
    }

    public void Write(InputRecord record, TaggedArticle article)
    {
        var kept = _tagger.KeptSegments(article).Select(s => s.Index).ToHashSet();
        var verdict = kept.Count == 0
            ? "no article body found (a listing page or all junk): clean keeps nothing"
            : string.Create(CultureInfo.InvariantCulture, $"article body: clean keeps {kept.Count} of {article.Segments.Count} segments");
        _output.Write($"<article>\n<h2>{Encode(record.Id)}</h2>\n<p class=\"verdict\">{Encode(verdict)}</p>\n");
        foreach (var s in article.Segments)
        {
            var state = kept.Contains(s.Index) ? "kept" : "dropped";
            var (ruleAttributes, ruleNote) = s.Rule is { } rule
                ? ($" data-rule=\"{rule.ActionName}\" title=\"{Encode($"{rule.ActionName}: {rule.Pattern}{(rule.Origin is null ? "" : $" ({rule.Origin})")}")}\"", $" · {rule.ActionName} rule")
                : ("", "");
            _output.Write(string.Create(CultureInfo.InvariantCulture,
                $"<div class=\"seg {state}\" style=\"background:{LabelPalette.ColourOf(s.Label)}\" data-index=\"{s.Index}\" data-label=\"{Encode(s.Label)}\" data-confidence=\"{JsonOutput.Round(s.Confidence)}\"{ruleAttributes}><span class=\"meta\">{s.Index} {Encode(s.Label)} {s.Confidence:0.00}{ruleNote}</span><span class=\"text\">{Encode(s.Text)}</span></div>\n"));
        }

        if (article.Quotes.Count > 0)
        {
            _output.Write("<table>\n<tr><th>segment</th><th>speaker</th><th>channel</th><th>stance</th><th>quote</th></tr>\n");
            foreach (var q in article.Quotes)
            {
                var stance = q.Stance ?? "";
                var channel = q.Channel == QuoteChannel.Social ? "social" : "spoken";
                _output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"<tr class=\"quote\"><td>{q.Segment}</td><td>{Encode(q.Speaker ?? "(not found)")}</td><td>{channel}</td><td class=\"stance-{Encode(stance)}\">{Encode(stance)} {q.Confidence:0.00}</td><td>{Encode(q.Text)}</td></tr>\n"));
            }

            _output.Write("</table>\n");
        }

        _output.Write("</article>\n");
    }

    public void WriteError(InputRecord record, string error) =>
        _output.Write($"<article>\n<h2>{Encode(record.Id)}</h2>\n<p class=\"error\">{Encode(error)}</p>\n</article>\n");

    public void Complete()
    {
        _output.Write("</body>\n</html>\n");
        _output.Flush();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
