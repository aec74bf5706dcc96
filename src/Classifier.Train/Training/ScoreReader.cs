using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Train.Training;

/// <summary>Reads a scored data view's probabilities, aligned to a fixed label order (a label the model never saw scores 0).</summary>
internal static class ScoreReader
{
    public static float[][] Read(ITransformer model, IDataView data, IReadOnlyList<string> labels)
    {
        var scored = model.Transform(data);
        var slots = default(VBuffer<ReadOnlyMemory<char>>);
        scored.Schema["Score"].GetSlotNames(ref slots);
        var names = slots.DenseValues().Select(v => v.ToString()).ToArray();
        var target = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var map = names.Select(n => target.GetValueOrDefault(n, -1)).ToArray();
        var rows = new List<float[]>();
        using var cursor = scored.GetRowCursor([scored.Schema["Score"]]);
        var getter = cursor.GetGetter<VBuffer<float>>(scored.Schema["Score"]);
        var buffer = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            var row = new float[labels.Count];
            var values = buffer.DenseValues().ToArray();
            for (var s = 0; s < values.Length; s++)
            {
                if (map[s] >= 0)
                {
                    row[map[s]] = values[s];
                }
            }

            rows.Add(row);
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
}
