using System.Security.Cryptography;
using System.Text;
using Classifier.Train.Evaluation;

namespace Classifier.Train.Custom;

/// <summary>
/// Assigns rows to cross-validation folds: by their CV group when there is one (no group split
/// across folds, <see cref="GroupFolds"/>), otherwise stratified: each label's rows, in a seeded
/// hash order, are dealt round the folds, so every fold has about the same label mix.
/// </summary>
internal static class CustomFolds
{
    public static int[] Assign(IReadOnlyList<CustomExample> examples, int folds, int seed)
    {
        if (examples.All(e => e.CvGroup is not null))
        {
            var byGroup = GroupFolds.Assign(examples.Select(e => e.CvGroup!), folds, seed);
            return examples.Select(e => byGroup[e.CvGroup!]).ToArray();
        }

        var result = new int[examples.Count];
        var next = 0;
        foreach (var label in examples.Select((e, i) => (e, i)).GroupBy(p => p.e.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var (_, i) in label.OrderBy(p => Key(p.e, p.i, seed), StringComparer.Ordinal))
            {
                result[i] = next++ % folds;
            }
        }

        return result;
    }

    public static string Describe(int folds, string? cvGroupColumn) =>
        cvGroupColumn is not null ? $"{folds}-fold CV grouped by '{cvGroupColumn}'" : $"{folds}-fold stratified CV";

    private static string Key(CustomExample example, int index, int seed) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{index}:{example.Text}")));
}
