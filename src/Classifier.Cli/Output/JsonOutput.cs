using System.Text.Encodings.Web;
using System.Text.Json;

namespace Classifier.Cli.Output;

/// <summary>JSON settings of every output: camelCase, one line per record, non-ASCII text kept readable.</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static float Round(float value) => MathF.Round(value, 4);
}

/// <summary>The JSON output of an input that failed: <c>{"id","error"}</c>.</summary>
internal sealed record ErrorJson(string Id, string Error);
