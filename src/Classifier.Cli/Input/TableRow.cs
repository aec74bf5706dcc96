using System.Text.Json;
using System.Text.Json.Nodes;

namespace Classifier.Cli.Input;

/// <summary>
/// One input row of <c>classify predict</c>: its columns in input order with their values (CSV
/// fields as JSON strings, JSON Lines values as they were), or the reason it cannot be read, and
/// where it came from.
/// </summary>
internal sealed record TableRow(string Origin, long Line, IReadOnlyList<string> Columns, IReadOnlyList<JsonNode?> Values, string? Error)
{
    /// <summary>Where the row came from, as a message prefix: <c>file:line</c>.</summary>
    public string Where => Line > 0 ? $"{Origin}:{Line}" : Origin;

    /// <summary>The value of a column as text (JSON strings unquoted, other JSON as written), or null when the row has no such column.</summary>
    public string? Text(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return AsText(Values[i]);
            }
        }

        return null;
    }

    public static string AsText(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
