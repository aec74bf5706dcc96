namespace Classifier.Train.Training;

/// <summary>Example weights that lift rare labels: (largest label count / label count) ^ power.</summary>
internal static class ClassWeights
{
    public static Dictionary<string, float> For(IEnumerable<string> labels, double power)
    {
        var counts = labels.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var largest = counts.Count == 0 ? 1 : counts.Values.Max();
        return counts.ToDictionary(p => p.Key, p => (float)Math.Pow((double)largest / p.Value, power), StringComparer.Ordinal);
    }
}
