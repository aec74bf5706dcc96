using System.Text.Json;
using Classifier.Cli.Input;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Output;

/// <summary>
/// The stable JSON Lines contract of <c>classify tag</c>: one object per input, in input order:
/// <c>{"id","segments":[{"index","start","length","text","label","confidence"}]}</c>, or <c>{"id","error"}</c>.
/// </summary>
internal sealed class TagJsonlWriter(TextWriter output) : IRecordWriter
{
    public void Write(InputRecord record, TaggedArticle article)
    {
        var segments = article.Segments.Select(s => new SegmentJson(s.Index, s.Start, s.Length, s.Text, s.Label, JsonOutput.Round(s.Confidence)));
        output.WriteLine(JsonSerializer.Serialize(new ArticleJson(record.Id, [.. segments]), JsonOutput.Options));
    }

    public void WriteError(InputRecord record, string error) =>
        output.WriteLine(JsonSerializer.Serialize(new ErrorJson(record.Id, error), JsonOutput.Options));

    public void Complete() => output.Flush();

    private sealed record ArticleJson(string Id, SegmentJson[] Segments);

    private sealed record SegmentJson(int Index, int Start, int Length, string Text, string Label, float Confidence);
}
