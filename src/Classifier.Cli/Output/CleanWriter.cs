using System.Text.Json;
using Classifier.Cli.Input;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Output;

/// <summary>
/// Output of <c>classify clean</c>: JSON Lines <c>{"id","text","page","pageConfidence"}</c>, or the cleaned text, each
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
            output.WriteLine(JsonSerializer.Serialize(new CleanJson(record.Id, text, article.Page.Name, JsonOutput.Round(article.Page.Confidence), MetadataJson.From(article.Metadata)), JsonOutput.Options));
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

    /// <summary><c>{"id","text","page","pageConfidence","metadata"}</c>.</summary>
    private sealed record CleanJson(string Id, string Text, string Page, float PageConfidence, MetadataJson Metadata);
}
