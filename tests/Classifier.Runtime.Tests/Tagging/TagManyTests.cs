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
    public void Map_reads_the_source_lazily_and_boundedly()
    {
        var read = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                read++;
                yield return i;
            }
        }

        using var results = OrderedParallel.Map(Source(), x => x, 4).GetEnumerator();
        Assert.True(results.MoveNext());
        Assert.Equal(0, results.Current);
        Assert.InRange(read, 1, 4 * 8 + 1);
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
    public async Task MapAsync_keeps_at_most_the_workers_in_flight()
    {
        var read = 0;
        async IAsyncEnumerable<int> Source()
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                read++;
                await Task.Yield();
                yield return i;
            }
        }

        await using var results = OrderedParallel.MapAsync(Source(), x => x, 3).GetAsyncEnumerator();
        Assert.True(await results.MoveNextAsync());
        Assert.Equal(0, results.Current);
        Assert.InRange(read, 1, 3);
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
