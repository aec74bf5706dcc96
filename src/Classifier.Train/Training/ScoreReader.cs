using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Train.Training;

/// <summary>Reads label probabilities in a fixed label order: a label the model never saw scores 0.</summary>
internal static class ScoreReader
{
    /// <summary><paramref name="probabilities"/> (in <paramref name="modelLabels"/> order) rearranged into <paramref name="labels"/> order.</summary>
    public static float[] Align(IReadOnlyList<string> modelLabels, float[] probabilities, IReadOnlyList<string> labels)
    {
        if (modelLabels.SequenceEqual(labels, StringComparer.Ordinal))
        {
            return probabilities;
        }

        var row = new float[labels.Count];
        for (var s = 0; s < modelLabels.Count; s++)
        {
            var at = IndexOf(labels, modelLabels[s]);
            if (at >= 0)
            {
                row[at] = probabilities[s];
            }
        }

        return row;
    }

    /// <summary>A scored data view's probabilities in <paramref name="labels"/> order (custom models, until they score with the runtime's models).</summary>
    public static float[][] Read(ITransformer model, IDataView data, IReadOnlyList<string> labels)
    {
        var scored = model.Transform(data);
        var slots = default(VBuffer<ReadOnlyMemory<char>>);
        scored.Schema["Score"].GetSlotNames(ref slots);
        var names = slots.DenseValues().Select(v => v.ToString()).ToArray();
        var rows = new List<float[]>();
        using var cursor = scored.GetRowCursor([scored.Schema["Score"]]);
        var getter = cursor.GetGetter<VBuffer<float>>(scored.Schema["Score"]);
        var buffer = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            rows.Add(Align(names, buffer.DenseValues().ToArray(), labels));
        }

        return [.. rows];
    }

    public static string ArgMax(float[] probabilities, IReadOnlyList<string> labels)
    {
        var best = 0;
        for (var i = 1; i < probabilities.Length; i++)
        {
            if (probabilities[i] > probabilities[best])
            {
                best = i;
            }
        }

        return labels[best];
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
