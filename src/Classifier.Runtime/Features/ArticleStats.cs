namespace Classifier.Runtime.Features;

/// <summary>Article-wide facts that context features are read from: word totals, repeated lines, runs of short lines.</summary>
internal sealed class ArticleStats
{
    private readonly int[] _words;
    private readonly long[] _cumulativeWords;
    private readonly bool[] _repeated;
    private readonly int[] _shortRun;
    private readonly bool[] _short;
    private readonly float[] _lengthRank;
    private readonly long _totalWords;

    public ArticleStats(IReadOnlyList<string> segments, int[] words, int shortLineWords)
    {
        var n = segments.Count;
        _words = words;
        _cumulativeWords = new long[n + 1];
        for (var i = 0; i < n; i++)
        {
            _cumulativeWords[i + 1] = _cumulativeWords[i] + words[i];
        }

        _totalWords = Math.Max(1, _cumulativeWords[n]);
        _repeated = FindRepeated(segments);
        _short = words.Select(w => w <= shortLineWords).ToArray();
        _shortRun = RunLengths(_short);
        _lengthRank = Ranks(words);
    }

    public float WordShareBefore(int i) => (float)_cumulativeWords[i] / _totalWords;

    public float WordShare(int i) => (float)_words[i] / _totalWords;

    public bool IsRepeated(int i) => _repeated[i];

    public int ShortRunLength(int i) => _shortRun[i];

    public float LengthRank(int i) => _lengthRank[i];

    public float ShortShare(int i, int window)
    {
        var from = Math.Max(0, i - window);
        var to = Math.Min(_short.Length - 1, i + window);
        var count = 0;
        for (var j = from; j <= to; j++)
        {
            count += _short[j] ? 1 : 0;
        }

        return (float)count / (to - from + 1);
    }

    public float WindowWordShare(int i, int window)
    {
        var from = Math.Max(0, i - window);
        var to = Math.Min(_words.Length - 1, i + window);
        return (float)(_cumulativeWords[to + 1] - _cumulativeWords[from]) / _totalWords;
    }

    private static bool[] FindRepeated(IReadOnlyList<string> segments)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in segments)
        {
            counts[s] = counts.GetValueOrDefault(s) + 1;
        }

        return segments.Select(s => counts[s] > 1).ToArray();
    }

    private static int[] RunLengths(bool[] flags)
    {
        var runs = new int[flags.Length];
        var i = 0;
        while (i < flags.Length)
        {
            if (!flags[i])
            {
                i++;
                continue;
            }

            var end = i;
            while (end < flags.Length && flags[end])
            {
                end++;
            }

            for (var j = i; j < end; j++)
            {
                runs[j] = end - i;
            }

            i = end;
        }

        return runs;
    }

    private static float[] Ranks(int[] words)
    {
        var n = words.Length;
        var ranks = new float[n];
        if (n <= 1)
        {
            return n == 1 ? [1f] : ranks;
        }

        var order = Enumerable.Range(0, n).OrderBy(i => words[i]).ToArray();
        for (var r = 0; r < n; r++)
        {
            ranks[order[r]] = (float)r / (n - 1);
        }

        return ranks;
    }
}
