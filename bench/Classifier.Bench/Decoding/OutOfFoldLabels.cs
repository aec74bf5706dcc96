using System.Text.Json;
using Classifier.Runtime.Features;
using Classifier.Runtime.Tagging;
using Classifier.Train.Labels;
using Classifier.Train.Training;
using Microsoft.ML;

namespace Classifier.Bench.Decoding;

/// <summary>
/// The labelled corpus with out-of-fold label probabilities of every segment (grouped 5-fold CV, seed
/// 1, both passes), as tagged articles the decoder can run over, and each article's own body.
/// The cross-validation takes minutes, so its predictions can be cached in a file and reused.
/// </summary>
internal sealed record OutOfFoldLabels(IReadOnlyList<OutOfFoldArticle> Articles)
{
    private static readonly HashSet<string> BodyLabels = new(StringComparer.Ordinal) { "news-report", "social-quote" };

    public static OutOfFoldLabels Load(string labels, string? cache, TextWriter log)
    {
        var corpus = LabelReader.ReadFolder(labels);
        var (names, predictions) = cache is not null && File.Exists(cache) ? ReadCache(cache, log) : CrossValidate(corpus, log);
        if (cache is not null && !File.Exists(cache))
        {
            File.WriteAllText(cache, JsonSerializer.Serialize(new Cache(names, predictions)));
            log.WriteLine($"Cached the out-of-fold predictions in {cache}.");
        }

        var byArticle = predictions.ToLookup(p => p.Article);
        return new OutOfFoldLabels(corpus.Articles.Select(a =>
        {
            // The predictions hold the featurizer's normalised text; the measure reads the labels' own.
            var tagged = byArticle[a.Id].OrderBy(p => p.Index)
                .Select((p, i) => new TaggedSegment(i, 0, a.Segments[i].Text.Length, a.Segments[i].Text, p.Predicted, p.Confidence, names.Zip(p.Probabilities).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal)))
                .ToArray();
            return new OutOfFoldArticle(a.Id, tagged, GoldBody(a));
        }).ToArray());
    }

    private static (string[] Names, IReadOnlyList<SegmentPrediction> Predictions) CrossValidate(LabelCorpus corpus, TextWriter log)
    {
        var options = new TrainingOptions();
        var featurizer = new ArticleFeaturizer(new FeaturizerOptions());
        var hasher = new NgramHasher(featurizer.Options);
        var names = corpus.Segments.Select(s => s.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var articles = corpus.Articles.Select(a => FeaturizedArticle.Create(a, featurizer, hasher)).ToArray();
        var cv = SegmentCrossValidator.Run(new SegmentModelTrainer(new MLContext(options.Seed), featurizer, hasher, options, names), articles, names, options, log.WriteLine);
        return (names, cv.Predictions);
    }

    private static (string[] Names, IReadOnlyList<SegmentPrediction> Predictions) ReadCache(string path, TextWriter log)
    {
        var cache = JsonSerializer.Deserialize<Cache>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path}: empty cache");
        log.WriteLine($"Out-of-fold predictions read from {path}.");
        return (cache.Names, cache.Predictions);
    }

    /// <summary>An article's body by its labels: report and social-quote segments, and headings after the first report paragraph.</summary>
    private static string GoldBody(LabelledArticle article)
    {
        var firstBody = article.Segments.ToList().FindIndex(s => BodyLabels.Contains(s.Label));
        return string.Join('\n', article.Segments.Where((s, i) => BodyLabels.Contains(s.Label) || (s.Label == "heading" && firstBody >= 0 && i > firstBody)).Select(s => s.Text));
    }

    private sealed record Cache(string[] Names, IReadOnlyList<SegmentPrediction> Predictions);
}

/// <summary>One labelled article: its segments with out-of-fold labels and probabilities, and its body by the labels.</summary>
internal sealed record OutOfFoldArticle(string Id, IReadOnlyList<TaggedSegment> Segments, string GoldBody);
