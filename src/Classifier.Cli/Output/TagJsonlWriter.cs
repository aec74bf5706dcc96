using System.Text.Json;
using Classifier.Cli.Input;
using Classifier.Runtime.Quotes;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Output;

/// <summary>
/// The stable JSON Lines contract of <c>classify tag</c>: one object per input, in input order:
/// <c>{"id","segments":[{"index","start","length","text","label","confidence"}],"quotes":[{"segment","start","length","text","speaker","channel","stance","confidence"}]}</c>, or <c>{"id","error"}</c>.
/// </summary>
internal sealed class TagJsonlWriter(TextWriter output) : IRecordWriter
{
    public void Write(InputRecord record, TaggedArticle article)
    {
        var segments = article.Segments.Select(s => new SegmentJson(s.Index, s.Start, s.Length, s.Text, s.Label, JsonOutput.Round(s.Confidence)));
        var quotes = article.Quotes.Select(q => new QuoteJson(q.Segment, q.Start, q.Length, q.Text, q.Speaker, q.Channel == QuoteChannel.Social ? "social" : "spoken", q.Stance, JsonOutput.Round(q.Confidence)));
        output.WriteLine(JsonSerializer.Serialize(new ArticleJson(record.Id, [.. segments], [.. quotes]), JsonOutput.Options));
    }

    public void WriteError(InputRecord record, string error) =>
        output.WriteLine(JsonSerializer.Serialize(new ErrorJson(record.Id, error), JsonOutput.Options));

    public void Complete() => output.Flush();

    private sealed record ArticleJson(string Id, SegmentJson[] Segments, QuoteJson[] Quotes);

    private sealed record QuoteJson(int Segment, int Start, int Length, string Text, string? Speaker, string Channel, string? Stance, float Confidence);

    private sealed record SegmentJson(int Index, int Start, int Length, string Text, string Label, float Confidence);
}
