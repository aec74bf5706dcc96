using System.Security.Cryptography;
using System.Text;

namespace Classifier.Train.Evaluation;

/// <summary>
/// Assigns groups (articles) to folds so that no group is split across folds. The order comes from
/// a seeded SHA-256 of the group id, so it is the same on every machine and every run.
/// </summary>
internal static class GroupFolds
{
    public static Dictionary<string, int> Assign(IEnumerable<string> groups, int folds, int seed)
    {
        var ordered = groups.Distinct(StringComparer.Ordinal)
            .OrderBy(g => Key(g, seed), StringComparer.Ordinal)
            .ToArray();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
        {
            result[ordered[i]] = i % folds;
        }

        return result;
    }

    private static string Key(string group, int seed) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{group}")));
}
