using System.Text.Json;

namespace Classifier.Runtime.Bundle;

/// <summary>How manifests are written and read: camelCase, indented, strict about trailing data.</summary>
internal static class BundleJson
{
    public const string ManifestFile = "manifest.json";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };
}
