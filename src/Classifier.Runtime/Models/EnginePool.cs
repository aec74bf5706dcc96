using System.Collections.Concurrent;
using Microsoft.ML;

namespace Classifier.Runtime.Models;

/// <summary>
/// A pool of prediction engines over one model. A PredictionEngine is not thread-safe; the pool
/// lends each caller its own, so one tagger can be shared across threads.
/// </summary>
internal sealed class EnginePool<TIn, TOut>(Func<PredictionEngine<TIn, TOut>> create)
    where TIn : class
    where TOut : class, new()
{
    private readonly ConcurrentBag<PredictionEngine<TIn, TOut>> _idle = [];

    public float[][] ScoreAll(IReadOnlyList<TIn> rows, Func<TOut, float[]> scores)
    {
        var engine = _idle.TryTake(out var e) ? e : create();
        try
        {
            var result = new float[rows.Count][];
            var output = new TOut();
            for (var i = 0; i < rows.Count; i++)
            {
                engine.Predict(rows[i], ref output);
                result[i] = (float[])scores(output).Clone();
            }

            return result;
        }
        finally
        {
            _idle.Add(engine);
        }
    }
}
