namespace Classifier.Runtime.Tagging;

/// <summary>
/// The rules file format (<c>classify --rules FILE</c>): one rule a line, <c>drop: REGEX</c> or
/// <c>keep: REGEX</c>, the pattern being the rest of the line without its surrounding spaces; blank
/// lines and lines whose first character other than a space is <c>#</c> are skipped (a <c>#</c>
/// later in a line belongs to the pattern). Each rule's <see cref="SegmentRule.Origin"/> is <c>FILE:LINE</c>.
/// </summary>
public static class SegmentRuleFile
{
    /// <summary>The rules of the file at <paramref name="path"/>, in file order.</summary>
    /// <exception cref="SegmentRuleFileException">The file cannot be read, or a line is not a rule or has an invalid pattern (the message names the file and line).</exception>
    public static IReadOnlyList<SegmentRule> Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new SegmentRuleFileException($"{path}: cannot read the rules file: {e.Message}", e);
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
                throw new SegmentRuleFileException($"{where}: expected 'drop: REGEX' or 'keep: REGEX', not '{line}'");
            }

            try
            {
                rules.Add(new SegmentRule(action.Value, line[(colon + 1)..].Trim(), where));
            }
            catch (ArgumentException e)
            {
                throw new SegmentRuleFileException($"{where}: {e.Message}", e);
            }
        }

        return rules;
    }
}
