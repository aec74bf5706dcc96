using System.Text.Json;
using Classifier.Runtime.Html;

namespace Classifier.Cli.Output;

/// <summary>
/// The <c>"metadata"</c> object that <c>tag</c> and <c>clean</c> JSON Lines give every article:
/// <c>{"title","author","published","language","canonicalUrl"}</c>, each a string or null (text
/// input has no language or canonical address).
/// </summary>
internal sealed record MetadataJson(string? Title, string? Author, string? Published, string? Language, string? CanonicalUrl)
{
    public static MetadataJson From(PageMetadata m) => new(m.Title, m.Author, m.Published, m.Language, m.CanonicalUrl);

    /// <summary>Writes the object as the property <c>metadata</c> of the object being written.</summary>
    public static void Write(Utf8JsonWriter json, PageMetadata m)
    {
        json.WritePropertyName("metadata");
        JsonSerializer.Serialize(json, From(m), JsonOutput.Options);
    }
}
