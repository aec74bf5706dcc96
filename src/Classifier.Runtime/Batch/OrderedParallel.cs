namespace Classifier.Runtime.Batch;

/// <summary>
/// Maps a stream in parallel while keeping its order and bounding memory: items are taken in
/// chunks of a few per worker, processed in parallel, and yielded in input order.
/// </summary>
internal static class OrderedParallel
{
    private const int ItemsPerWorker = 8;

    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int parallelism)
    {
        var workers = Math.Max(1, parallelism);
        var chunk = new List<TIn>(workers * ItemsPerWorker);
        foreach (var item in source)
        {
            chunk.Add(item);
            if (chunk.Count == chunk.Capacity)
            {
                foreach (var result in Run(chunk, map, workers))
                {
                    yield return result;
                }

                chunk.Clear();
            }
        }

        foreach (var result in Run(chunk, map, workers))
        {
            yield return result;
        }
    }

    /// <summary>
    /// Asynchronous form: at most <paramref name="parallelism"/> items in flight, each mapped on the
    /// thread pool, yielded in input order.
    /// </summary>
    public static async IAsyncEnumerable<TOut> MapAsync<TIn, TOut>(IAsyncEnumerable<TIn> source, Func<TIn, TOut> map, int parallelism, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var workers = Math.Max(1, parallelism);
        var pending = new Queue<Task<TOut>>();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            pending.Enqueue(Task.Run(() => map(item), cancellationToken));
            if (pending.Count >= workers)
            {
                yield return await pending.Dequeue().ConfigureAwait(false);
            }
        }

        while (pending.Count > 0)
        {
            yield return await pending.Dequeue().ConfigureAwait(false);
        }
    }

    private static TOut[] Run<TIn, TOut>(List<TIn> chunk, Func<TIn, TOut> map, int workers)
    {
        var results = new TOut[chunk.Count];
        if (workers == 1 || chunk.Count <= 1)
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                results[i] = map(chunk[i]);
            }

            return results;
        }

        Parallel.For(0, chunk.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => results[i] = map(chunk[i]));
        return results;
    }
}
