using System.Collections.Concurrent;

namespace Classifier.Runtime.Batch;

/// <summary>
/// Maps a stream in parallel while keeping its order and bounding memory. A reader thread takes
/// items from the source and starts each on the thread pool (at most <c>parallelism</c> running),
/// while the caller consumes results in input order; reading, mapping and consuming overlap, so a
/// batch's parsing and writing do not leave the workers idle. At most a few items per worker are
/// read ahead.
/// </summary>
public static class OrderedParallel
{
    private const int ItemsPerWorker = 8;

    /// <summary>
    /// <paramref name="map"/> applied to every item of <paramref name="source"/>, at most <paramref name="parallelism"/> at once,
    /// yielded in input order. An exception of <paramref name="map"/> surfaces at its item's turn.
    /// </summary>
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int parallelism)
    {
        var workers = Math.Max(1, parallelism);
        if (workers == 1)
        {
            foreach (var item in source)
            {
                yield return map(item);
            }

            yield break;
        }

        // Not disposed: a mapping still running when the consumer stops early releases it afterwards.
        var running = new SemaphoreSlim(workers);
        using var stop = new CancellationTokenSource();
        using var pending = new BlockingCollection<Task<TOut>>(workers * ItemsPerWorker);
        // Its own thread, so that its blocking waits do not hold a worker of the pool.
        var reader = Task.Factory.StartNew(() => Read(source, map, running, pending, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var task in pending.GetConsumingEnumerable())
            {
                yield return task.GetAwaiter().GetResult();
            }

            reader.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            try
            {
                reader.Wait();
            }
            catch (AggregateException)
            {
                // The reader's own failure was rethrown above; this one is from stopping early.
            }
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

    private static void Read<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, SemaphoreSlim running, BlockingCollection<Task<TOut>> pending, CancellationToken stop)
    {
        try
        {
            foreach (var item in source)
            {
                running.Wait(stop);
                pending.Add(Task.Run(() =>
                {
                    try
                    {
                        return map(item);
                    }
                    finally
                    {
                        running.Release();
                    }
                }), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The consumer stopped early.
        }
        finally
        {
            pending.CompleteAdding();
        }
    }
}
