using BenchmarkDotNet.Attributes;
using Classifier.Runtime.Features;
using Classifier.Runtime.Segmentation;
using Classifier.Runtime.Tagging;

namespace Classifier.Bench.Micro;

/// <summary>
/// BenchmarkDotNet micro-benchmarks of the segmenter, the featurizer, the n-gram hasher, each scoring pass and the tagger (with and without quotes) on one real
/// development page (the median-sized one) and on a 30-segment article cut from it.
/// Run with <c>Classifier.Bench micro --filter '*'</c> (add <c>--job short</c> for a brief run).
/// </summary>
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private ArticleTagger _tagger = null!;
    private ArticleTagger _taggerWithoutQuotes = null!;
    private ArticleFeaturizer _featurizer = null!;
    private NgramHasher _hasher = null!;
    private string[] _normalised = [];
    private string _page = "";
    private string _article30 = "";
    private string[] _segments = [];
    private SegmentFeatures[] _features = [];
    private float[][] _firstPass = [];

    [GlobalSetup]
    public void Setup()
    {
        _tagger = ArticleTagger.Load(RepoPaths.DefaultModelsDirectory);
        _taggerWithoutQuotes = ArticleTagger.Load(RepoPaths.DefaultModelsDirectory, new TaggerOptions { FindQuotes = false });
        _featurizer = new ArticleFeaturizer(_tagger.Manifest.Featurizer);
        var pages = Directory.EnumerateFiles(RepoPaths.DefaultPagesDirectory, "*.txt").Select(File.ReadAllText).OrderBy(t => t.Length).ToArray();
        _page = pages[pages.Length / 2];
        _segments = Segmenter.Split(_page).Select(s => s.Text).ToArray();
        _article30 = string.Join('\n', _segments.Take(30));
        _hasher = new NgramHasher(_tagger.Manifest.Featurizer);
        _normalised = _segments.Select(_featurizer.NormaliseText).ToArray();
        _features = _tagger.Scorer.Featurizer.Featurize(_segments);
        _firstPass = _tagger.Scorer.FirstPass(_features);
    }

    [Benchmark(Description = "segment one page")]
    public int Segment() => Segmenter.Split(_page).Count;

    [Benchmark(Description = "featurize one page")]
    public int Featurize() => _featurizer.Featurize(_segments).Length;

    [Benchmark(Description = "hash one page's n-grams")]
    public int Hash()
    {
        var buckets = 0;
        foreach (var text in _normalised)
        {
            using var hashed = _hasher.Hash(text);
            buckets += hashed.Buckets.Length;
        }

        return buckets;
    }

    [Benchmark(Description = "first pass of one page")]
    public int FirstPass() => _tagger.Scorer.FirstPass(_features).Length;

    [Benchmark(Description = "context pass of one page")]
    public int ContextPass() => _tagger.Scorer.ContextPass(_features, _firstPass).Length;

    // Both passes from the page's segment texts, as tagging runs them (the stages above run alone, on warm caches).
    [Benchmark(Description = "score one page")]
    public int ScorePage() => _tagger.Scorer.Score(_segments).Length;

    [Benchmark(Description = "tag one page")]
    public int TagPage() => _tagger.Tag(_page).Segments.Count;

    // What the quote finder and the stance model add to a page: `tag one page` less this.
    [Benchmark(Description = "tag one page, no quotes")]
    public int TagPageWithoutQuotes() => _taggerWithoutQuotes.Tag(_page).Segments.Count;

    [Benchmark(Description = "tag a 30-segment article")]
    public int Tag30() => _tagger.Tag(_article30).Segments.Count;
}
