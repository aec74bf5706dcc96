using Classifier.Runtime.Batch;

namespace Classifier.Runtime.Tests.Tagging;

/// <summary>
/// The ordered, bounded parallel maps behind <c>ArticleTagger.TagMany</c> and <c>TagManyAsync</c>:
/// every input gives one output, in input order, whatever the workers' timing; the source is read
/// lazily, never more than a bounded number of items ahead of the consumer.
/// </summary>
public sealed class TagManyTests
{
    private static int SlowSquare(int x)
    {
        Thread.Sleep((x * 7) % 5);
        return x * x;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Map_keeps_input_order_and_gives_one_output_per_input(int workers)
    {
        var results = OrderedParallel.Map(Enumerable.Range(0, 300), SlowSquare, workers).ToList();

        Assert.Equal(Enumerable.Range(0, 300).Select(x => x * x), results);
    }

    [Fact]
    public void Map_of_nothing_is_nothing() =>
        Assert.Empty(OrderedParallel.Map(Array.Empty<int>(), SlowSquare, 4));

    [Fact]
    public void Map_never_reads_more_than_its_bound_ahead_of_the_consumer()
    {
        // The invariant is checked by the source itself at every read, so no timing can make it pass or fail.
        const int workers = 4;
        const int bound = (workers * 8) + workers + 1;
        var consumed = 0;
        var furthestAhead = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                furthestAhead = Math.Max(furthestAhead, i - Volatile.Read(ref consumed));
                yield return i;
            }
        }

        foreach (var x in OrderedParallel.Map(Source(), x => x, workers).Take(200))
        {
            Assert.Equal(consumed, x);
            Interlocked.Increment(ref consumed);
            if (x % 50 == 0)
            {
                Thread.Sleep(20); // a slow consumer: the reader must wait, not run ahead
            }
        }

        Assert.InRange(furthestAhead, 0, bound);
    }

    [Fact]
    public void Map_passes_a_failure_on()
    {
        var error = Assert.ThrowsAny<Exception>(() => OrderedParallel.Map(Enumerable.Range(0, 50), x => x == 20 ? throw new InvalidOperationException("bad") : x, 4).ToList());

        Assert.Contains(error is AggregateException a ? a.InnerExceptions : [error], e => e is InvalidOperationException);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task MapAsync_keeps_input_order_and_gives_one_output_per_input(int workers)
    {
        var results = new List<int>();
        await foreach (var r in OrderedParallel.MapAsync(Range(300), SlowSquare, workers))
        {
            results.Add(r);
        }

        Assert.Equal(Enumerable.Range(0, 300).Select(x => x * x), results);
    }

    [Fact]
    public async Task MapAsync_never_reads_more_than_the_workers_ahead_of_the_consumer()
    {
        const int workers = 3;
        var consumed = 0;
        var furthestAhead = 0;
        async IAsyncEnumerable<int> Source()
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                furthestAhead = Math.Max(furthestAhead, i - Volatile.Read(ref consumed));
                await Task.Yield();
                yield return i;
            }
        }

        await foreach (var x in OrderedParallel.MapAsync(Source(), x => x, workers))
        {
            Assert.Equal(consumed, x);
            Interlocked.Increment(ref consumed);
            if (consumed == 100)
            {
                break;
            }
        }

        Assert.InRange(furthestAhead, 0, workers);
    }

    [Fact]
    public async Task MapAsync_passes_the_original_failure_on()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in OrderedParallel.MapAsync(Range(50), x => x == 20 ? throw new InvalidOperationException("bad") : x, 4))
            {
            }
        });
    }

    [Fact]
    public async Task MapAsync_stops_when_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in OrderedParallel.MapAsync(Range(1_000_000), x => x, 2, cancel.Token))
            {
                if (++seen == 10)
                {
                    cancel.Cancel();
                }
            }
        });
        Assert.InRange(seen, 10, 13);
    }

    private static async IAsyncEnumerable<int> Range(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }
}
