using System.Text.Json;
using System.Text.Json.Serialization;
using Classifier.Cli.Input;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Output;

/// <summary>
/// Output of <c>classify clean</c>: JSON Lines <c>{"id","text","page","pageConfidence","metadata"}</c> (and
/// <c>"rules"</c> naming the segments that user rules decided), or the cleaned text, each
/// article after a marker line: a form feed (U+000C), <c>== </c> and the article's id (its control
/// characters written as <c>\uXXXX</c>). A cleaned line never holds a form feed (the segmenter
/// breaks lines at one), so splitting the output at form feeds gives the articles, whatever their
/// text; a single article is marked too, so that the output has one shape.
/// </summary>
internal sealed class CleanWriter(TextWriter output, ArticleTagger tagger, bool jsonl) : IRecordWriter
{
    /// <summary>Starts every article's marker line in text output.</summary>
    private const char ArticleMark = '\f';

    public void Write(InputRecord record, TaggedArticle article)
    {
        var text = tagger.CleanTagged(article);
        if (jsonl)
        {
            var rules = article.Segments.Where(s => s.Rule is not null).Select(s => new DecidedJson(s.Index, s.Text, RuleJson.From(s.Rule!))).ToArray();
            output.WriteLine(JsonSerializer.Serialize(new CleanJson(record.Id, text, article.Page.Name, JsonOutput.Round(article.Page.Confidence), MetadataJson.From(article.Metadata), rules.Length > 0 ? rules : null), JsonOutput.Options));
            return;
        }

        output.Write(ArticleMark);
        output.WriteLine($"== {OneLine(record.Id)}");
        if (text.Length > 0)
        {
            output.WriteLine(text);
        }
    }

    public void WriteError(InputRecord record, string error)
    {
        if (jsonl)
        {
            output.WriteLine(JsonSerializer.Serialize(new ErrorJson(record.Id, error), JsonOutput.Options));
        }
    }

    public void Complete() => output.Flush();

    /// <summary>An id as one line of text: a JSON Lines id may hold line breaks, or the form feed that marks articles.</summary>
    private static string OneLine(string id) =>
        id.Any(IsBreaking) ? string.Concat(id.Select(c => IsBreaking(c) ? $"\\u{(int)c:x4}" : c.ToString())) : id;

    private static bool IsBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>
    /// <c>{"id","text","page","pageConfidence","metadata"}</c>, and <c>"rules"</c> when user rules
    /// decided segments: each <c>{"segment","text","rule"}</c>.
    /// </summary>
    private sealed record CleanJson(
        string Id,
        string Text,
        string Page,
        float PageConfidence,
        MetadataJson Metadata,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<DecidedJson>? Rules);

    /// <summary>A segment a user rule decided: its index, its text and the rule.</summary>
    private sealed record DecidedJson(int Segment, string Text, RuleJson Rule);
}
