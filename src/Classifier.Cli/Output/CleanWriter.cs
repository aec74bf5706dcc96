using System.Text.Json;
using Classifier.Cli.Input;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Output;

/// <summary>Output of <c>classify clean</c>: the cleaned text (articles separated by a blank line), or JSON Lines <c>{"id","text"}</c>.</summary>
internal sealed class CleanWriter(TextWriter output, ArticleTagger tagger, bool jsonl) : IRecordWriter
{
    private bool _first = true;

    public void Write(InputRecord record, TaggedArticle article)
    {
        var text = tagger.CleanTagged(article);
        if (jsonl)
        {
            output.WriteLine(JsonSerializer.Serialize(new CleanJson(record.Id, text), JsonOutput.Options));
            return;
        }

        if (!_first)
        {
            output.WriteLine();
        }

        _first = false;
        output.WriteLine(text);
    }

    public void WriteError(InputRecord record, string error)
    {
        if (jsonl)
        {
            output.WriteLine(JsonSerializer.Serialize(new ErrorJson(record.Id, error), JsonOutput.Options));
        }
    }

    public void Complete() => output.Flush();

    private sealed record CleanJson(string Id, string Text);
}
