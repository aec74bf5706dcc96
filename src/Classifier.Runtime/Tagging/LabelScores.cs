using System.Diagnostics.CodeAnalysis;

namespace Classifier.Runtime.Tagging;

/// <summary>
/// A segment's probability of every label, read by label name, over the model's label array and the
/// segment's probabilities (no hash table per segment: a model has a handful of labels).
/// </summary>
internal sealed class LabelScores(string[] labels, float[] probabilities) : IReadOnlyDictionary<string, float>
{
    public float this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no label '{key}'");

    public IEnumerable<string> Keys => labels;

    public IEnumerable<float> Values => probabilities;

    public int Count => labels.Length;

    public bool ContainsKey(string key) => Array.IndexOf(labels, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out float value)
    {
        var i = Array.IndexOf(labels, key);
        value = i >= 0 ? probabilities[i] : 0f;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, float>> GetEnumerator()
    {
        for (var i = 0; i < labels.Length; i++)
        {
            yield return new(labels[i], probabilities[i]);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
