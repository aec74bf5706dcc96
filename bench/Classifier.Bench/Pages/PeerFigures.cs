using System.Globalization;
using System.Text.RegularExpressions;

namespace Classifier.Bench.Pages;

/// <summary>
/// The published figures of other extractors on a development folder, read from the folder's
/// README ("name 0.974" pairs), best first. The keep-all figure is measured, not read.
/// </summary>
internal static partial class PeerFigures
{
    public const string ReadmeFileName = "README.md";

    /// <summary>Words before a figure that do not name an extractor (the measure itself, keeping everything).</summary>
    private static readonly HashSet<string> NotExtractors = new(StringComparer.OrdinalIgnoreCase) { "F1", "everything", "about" };

    public static IReadOnlyList<(string Name, double F1)> Read(string folder)
    {
        var path = Path.Combine(folder, ReadmeFileName);
        if (!File.Exists(path))
        {
            return [];
        }

        return Figure().Matches(File.ReadAllText(path))
            .Select(m => (Name: m.Groups["name"].Value, F1: double.Parse(m.Groups["f1"].Value, CultureInfo.InvariantCulture)))
            .Where(p => !NotExtractors.Contains(p.Name))
            .DistinctBy(p => p.Name)
            .OrderByDescending(p => p.F1)
            .ToArray();
    }

    [GeneratedRegex(@"(?<name>[A-Za-z][\w.-]*[\w]) (?<f1>0\.\d{3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
