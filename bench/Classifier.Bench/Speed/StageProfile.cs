using System.Diagnostics;
using System.Globalization;
using Classifier.Cli.Input;
using Classifier.Cli.Output;
using Classifier.Runtime.Segmentation;
using Classifier.Runtime.Tagging;

namespace Classifier.Bench.Speed;

/// <summary>
/// An in-process profile of tagging: the time spent in each stage (segmenting, featurizing, the
/// first pass, the context pass, the rest of tagging — the result, quotes and stance —, JSON
/// writing) over many real pages on one thread, so the hot spots can be seen without a sampling
/// profiler. The rest of tagging is a whole <see cref="ArticleTagger.Tag"/> less the stages before
/// it, timed through the public scorer.
/// </summary>
internal static class StageProfile
{
    public static void Run(ArticleTagger tagger, IReadOnlyList<string> pages, int rounds, TextWriter output)
    {
        var names = new[] { "segment", "featurize", "first pass", "context pass", "result+quotes", "json" };
        var ticks = new long[names.Length];
        var json = new TagJsonlWriter(TextWriter.Null);
        var scorer = tagger.Scorer;
        long segmentCount = 0;
        var total = new Stopwatch();
        for (var round = -1; round < rounds; round++)
        {
            if (round == 0)
            {
                Array.Clear(ticks);
                segmentCount = 0;
                total.Start();
            }

            for (var p = 0; p < pages.Count; p++)
            {
                var t0 = Stopwatch.GetTimestamp();
                var segments = Segmenter.Split(pages[p]);
                var t1 = Stopwatch.GetTimestamp();
                var features = scorer.Featurizer.Featurize(segments.Select(s => s.Text).ToArray());
                var t2 = Stopwatch.GetTimestamp();
                var first = scorer.FirstPass(features);
                var t3 = Stopwatch.GetTimestamp();
                var final = scorer.ContextPass(features, first);
                var t4 = Stopwatch.GetTimestamp();
                GC.KeepAlive(final);
                var t5 = Stopwatch.GetTimestamp();
                var article = tagger.Tag(pages[p]);
                var t6 = Stopwatch.GetTimestamp();
                json.Write(new InputRecord(p, $"page-{p}", pages[p], null, "bench", p + 1), article);
                var t7 = Stopwatch.GetTimestamp();
                long[] stages = [t1 - t0, t2 - t1, t3 - t2, t4 - t3, Math.Max(0, (t6 - t5) - (t4 - t0)), t7 - t6];
                for (var s = 0; s < names.Length; s++)
                {
                    ticks[s] += stages[s];
                }

                segmentCount += segments.Count;
            }
        }

        var sum = ticks.Sum();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Stage profile: {rounds} x {pages.Count} pages, {segmentCount:N0} segments, one thread after a warm-up pass, {total.Elapsed.TotalSeconds:F2} s ({segmentCount / total.Elapsed.TotalSeconds:N0} segments/s)"));
        for (var s = 0; s < names.Length; s++)
        {
            var seconds = (double)ticks[s] / Stopwatch.Frequency;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {names[s],-14} {seconds,8:F3} s  {100.0 * ticks[s] / sum,5:F1} %  {seconds * 1e6 / segmentCount,7:F2} us/segment"));
        }
    }
}
