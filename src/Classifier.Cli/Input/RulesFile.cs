using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Input;

/// <summary>
/// A <c>--rules FILE</c>: one rule a line, <c>drop: REGEX</c> or <c>keep: REGEX</c> (the pattern
/// is the rest of the line, surrounding spaces left out); blank lines and lines starting with
/// <c>#</c> are skipped. Each rule's origin is <c>FILE:LINE</c>, as output reports it.
/// </summary>
internal static class RulesFile
{
    /// <summary>The file's rules, or the first problem as <c>FILE:LINE: what is wrong</c>.</summary>
    public static (IReadOnlyList<SegmentRule> Rules, string? Error) Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ([], $"{path}: cannot read the rules file: {e.Message}");
        }

        var rules = new List<SegmentRule>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var where = $"{path}:{i + 1}";
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var action = colon < 0 ? null : line[..colon].Trim() switch
            {
                "drop" => SegmentRuleAction.Drop,
                "keep" => (SegmentRuleAction?)SegmentRuleAction.Keep,
                _ => null,
            };
            if (action is null)
            {
                return ([], $"{where}: expected 'drop: REGEX' or 'keep: REGEX', not '{line}'");
            }

            try
            {
                rules.Add(new SegmentRule(action.Value, line[(colon + 1)..].Trim(), where));
            }
            catch (ArgumentException e)
            {
                return ([], $"{where}: {e.Message}");
            }
        }

        return (rules, null);
    }
}
