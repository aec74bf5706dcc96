using System.Globalization;

namespace Classifier.Cli.Output;

/// <summary>
/// The background colour of each segment label, shared by <c>classify tag --format html</c> and the
/// labelling workbench so a label looks the same in both. A label the palette does not know (a new
/// label in someone's corpus) gets a hue derived from its name, stable across runs.
/// </summary>
internal static class LabelPalette
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["news-report"] = "#d9f2d9",
        ["social-quote"] = "#d6e9fb",
        ["heading"] = "#fbe9c6",
        ["unrelated-link"] = "#f6d5e6",
        ["boilerplate"] = "#e4e4e4",
        ["comment"] = "#e9dcf7",
    };

    public static string ColourOf(string label)
    {
        if (Known.TryGetValue(label, out var colour))
        {
            return colour;
        }

        // FNV-1a over the name: string.GetHashCode is randomised per process.
        var hash = 2166136261u;
        foreach (var c in label)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return string.Create(CultureInfo.InvariantCulture, $"hsl({hash % 360}, 70%, 88%)");
    }
}
