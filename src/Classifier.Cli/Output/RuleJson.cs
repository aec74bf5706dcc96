using System.Text.Json;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Output;

/// <summary>
/// The <c>"rule"</c> object of a segment that a user rule decided, in <c>tag</c> and <c>clean</c>
/// JSON Lines: <c>{"action":"drop"|"keep","pattern","source"}</c>, the source being where the rule
/// was written (<c>--drop-pattern</c>, <c>--keep-pattern</c> or <c>FILE:LINE</c>).
/// </summary>
internal sealed record RuleJson(string Action, string Pattern, string? Source)
{
    public static RuleJson From(SegmentRule rule) => new(rule.ActionName, rule.Pattern, rule.Origin);

    /// <summary>Writes the object as the property <c>rule</c> of the object being written.</summary>
    public static void Write(Utf8JsonWriter json, SegmentRule rule)
    {
        json.WritePropertyName("rule");
        JsonSerializer.Serialize(json, From(rule), JsonOutput.Options);
    }
}
