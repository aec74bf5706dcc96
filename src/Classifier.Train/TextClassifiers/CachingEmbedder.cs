using System.Collections.Concurrent;
using Classifier.Runtime.Encoders;

namespace Classifier.Train.TextClassifiers;

/// <summary>
/// A sentence encoder that remembers every text's vector: training featurizes each row once per fold and
/// per candidate, and the encoder is by far the costliest part of that, so each text is encoded once.
/// </summary>
internal sealed class CachingEmbedder(ITextEmbedder inner) : ITextEmbedder
{
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    public string Identity => inner.Identity;

    public int Dimension => inner.Dimension;

    /// <summary>Encodes, in batches, the texts not seen yet (call it once with every row up front).</summary>
    public void Warm(IEnumerable<string> texts)
    {
        var missing = texts.Distinct(StringComparer.Ordinal).Where(t => !_vectors.ContainsKey(t)).ToArray();
        var vectors = inner.Embed(missing);
        for (var i = 0; i < missing.Length; i++)
        {
            _vectors[missing[i]] = vectors[i];
        }
    }

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        Warm(texts);
        return texts.Select(t => _vectors[t]).ToArray();
    }
}
