using System.Buffers;
using System.Text;
using System.Text.Json;
using Classifier.Cli.Input;
using Classifier.Runtime.Quotes;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Output;

/// <summary>
/// The stable JSON Lines contract of <c>classify tag</c>: one object per input, in input order:
/// <c>{"id","page","pageConfidence","segments":[{"index","start","length","text","label","confidence"}],"quotes":[{"segment","start","length","text","speaker","channel","stance","confidence"}]}</c>, or <c>{"id","error"}</c>.
/// Every object ends with <c>"metadata"</c> (<see cref="MetadataJson"/>); an HTML page's offsets are into the page's extracted text.
/// A segment that a user rule decided also has <c>"rule"</c> (<see cref="RuleJson"/>).
/// Written with one reused <see cref="Utf8JsonWriter"/> (the same bytes the serializer wrote, without its per-record reflection and copies).
/// </summary>
internal sealed class TagJsonlWriter(TextWriter output) : IRecordWriter
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Page = JsonEncodedText.Encode("page");
    private static readonly JsonEncodedText PageConfidence = JsonEncodedText.Encode("pageConfidence");
    private static readonly JsonEncodedText Segments = JsonEncodedText.Encode("segments");
    private static readonly JsonEncodedText Quotes = JsonEncodedText.Encode("quotes");
    private static readonly JsonEncodedText Index = JsonEncodedText.Encode("index");
    private static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText Length = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText Segment = JsonEncodedText.Encode("segment");
    private static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
    private static readonly JsonEncodedText Channel = JsonEncodedText.Encode("channel");
    private static readonly JsonEncodedText Stance = JsonEncodedText.Encode("stance");

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Utf8JsonWriter _json = new(Stream.Null, new JsonWriterOptions { Encoder = JsonOutput.Options.Encoder, SkipValidation = true });
    private char[] _chars = new char[1 << 16];

    public void Write(InputRecord record, TaggedArticle article)
    {
        var json = Begin();
        json.WriteStartObject();
        json.WriteString(Id, record.Id);
        json.WriteString(Page, article.Page.Name);
        json.WriteNumber(PageConfidence, JsonOutput.Round(article.Page.Confidence));
        json.WriteStartArray(Segments);
        foreach (var s in article.Segments)
        {
            json.WriteStartObject();
            json.WriteNumber(Index, s.Index);
            json.WriteNumber(Start, s.Start);
            json.WriteNumber(Length, s.Length);
            json.WriteString(Text, s.Text);
            json.WriteString(Label, s.Label);
            json.WriteNumber(Confidence, JsonOutput.Round(s.Confidence));
            if (s.Rule is { } rule)
            {
                RuleJson.Write(json, rule);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(Quotes);
        foreach (var q in article.Quotes)
        {
            json.WriteStartObject();
            json.WriteNumber(Segment, q.Segment);
            json.WriteNumber(Start, q.Start);
            json.WriteNumber(Length, q.Length);
            json.WriteString(Text, q.Text);
            json.WriteString(Speaker, q.Speaker);
            json.WriteString(Channel, q.Channel == QuoteChannel.Social ? "social" : "spoken");
            json.WriteString(Stance, q.Stance);
            json.WriteNumber(Confidence, JsonOutput.Round(q.Confidence));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        MetadataJson.Write(json, article.Metadata);

        json.WriteEndObject();
        End();
    }

    public void WriteError(InputRecord record, string error)
    {
        var json = Begin();
        json.WriteStartObject();
        json.WriteString(Id, record.Id);
        json.WriteString("error", error);
        json.WriteEndObject();
        End();
    }

    public void Complete() => output.Flush();

    public void Dispose() => _json.Dispose();

    private Utf8JsonWriter Begin()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        return _json;
    }

    private void End()
    {
        _json.Flush();
        var bytes = _buffer.WrittenSpan;
        var needed = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (_chars.Length < needed)
        {
            _chars = new char[needed];
        }

        var count = Encoding.UTF8.GetChars(bytes, _chars);
        output.Write(_chars, 0, count);
        output.WriteLine();
    }
}
