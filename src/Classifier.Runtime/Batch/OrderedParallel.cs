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
