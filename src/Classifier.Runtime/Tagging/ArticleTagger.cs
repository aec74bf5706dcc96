using Classifier.Runtime.Batch;
using Classifier.Runtime.Bundle;
using Classifier.Runtime.Html;
using Classifier.Runtime.Models;
using Classifier.Runtime.Quotes;
using Classifier.Runtime.Segmentation;
using Classifier.Runtime.Stance;

namespace Classifier.Runtime.Tagging;

/// <summary>
/// Loads a model bundle and tags articles: splits them into segments, labels each segment, and
/// cleans an article of the labels to drop. One tagger is safe to share across threads.
/// </summary>
public sealed class ArticleTagger
{
    private readonly SegmentScorer _scorer;
    private readonly HashSet<string> _drop;
    private readonly ReactionFinder _reactions;
    private readonly SegmentRuleMatcher _rules;

    private ArticleTagger(ModelBundle bundle, TaggerOptions options)
    {
        Manifest = bundle.Manifest;
        Options = options;
        _scorer = new SegmentScorer(bundle);
        _drop = new HashSet<string>(options.DropLabels ?? bundle.Manifest.DropLabels, StringComparer.Ordinal);
        _drop.ExceptWith(options.KeepLabels);
        _rules = new SegmentRuleMatcher(options.SegmentRules);
        var stance = bundle.Has(BundleKinds.StanceRole) ? new StanceScorer(bundle) : null;
        _reactions = new ReactionFinder(new QuoteFinder(options.Quotes), stance);
    }

    /// <summary>The bundle's manifest: labels, metrics, training data.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>The settings this tagger runs with.</summary>
    public TaggerOptions Options { get; }

    /// <summary>The segment labels, in score order.</summary>
    public IReadOnlyList<string> Labels => _scorer.Labels;

    /// <summary>The two-pass segment scorer the tagger runs: each pass's probabilities on their own.</summary>
    public SegmentScorer Scorer => _scorer;

    /// <summary>Labels that <see cref="Clean"/> drops (<see cref="TaggerOptions.DropLabels"/> or the bundle's, less <see cref="TaggerOptions.KeepLabels"/>); user rules win over them.</summary>
    public IReadOnlyCollection<string> DropLabels => _drop;

    /// <summary>Loads the bundle in <paramref name="modelDirectory"/>.</summary>
    /// <exception cref="ModelBundleException">The bundle is missing, corrupt, too new or mismatched.</exception>
    public static ArticleTagger Load(string modelDirectory, TaggerOptions? options = null) =>
        new(ModelBundle.Load(modelDirectory, BundleKinds.ArticleSegments), options ?? new TaggerOptions());

    /// <summary>Splits <paramref name="text"/> into segments and labels each.</summary>
    /// <exception cref="ArticleTooLargeException">The text is longer than <see cref="TaggerOptions.MaxArticleChars"/>.</exception>
    /// <exception cref="SegmentRuleTimeoutException">A user rule's pattern took longer than its time limit on a segment.</exception>
    public TaggedArticle Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxArticleChars)
        {
            throw new ArticleTooLargeException(text.Length, Options.MaxArticleChars);
        }

        return TagSegments(Segmenter.Split(text), null);
    }

    /// <summary>
    /// Labels the segments of an HTML page (<see cref="HtmlReader"/>) with the same models as text
    /// input; the result carries the page, and cleaning also weighs each segment's structure.
    /// </summary>
    /// <exception cref="ArticleTooLargeException">The page's text is longer than <see cref="TaggerOptions.MaxArticleChars"/>.</exception>
    /// <exception cref="SegmentRuleTimeoutException">A user rule's pattern took longer than its time limit on a segment.</exception>
    public TaggedArticle TagHtml(HtmlPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Text.Length > Options.MaxArticleChars)
        {
            throw new ArticleTooLargeException(page.Text.Length, Options.MaxArticleChars);
        }

        return TagSegments(page.Segments, page);
    }

    private TaggedArticle TagSegments(IReadOnlyList<Segment> segments, HtmlPage? html)
    {
        // Rules first: a pattern that times out fails the article before any scoring work.
        var rules = _rules.IsEmpty ? null : _rules.Match(segments);
        var probabilities = _scorer.Score(segments.Select(s => s.Text).ToArray());
        var tagged = new TaggedSegment[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            tagged[i] = ToTagged(segments[i], probabilities[i], rules?[i]);
        }

        return Assemble(tagged, Options.FindQuotes ? _reactions.Find(tagged) : [], html);
    }

    /// <summary>
    /// Tags many articles in parallel (at most <paramref name="maxParallelism"/> at once, default all
    /// cores), yielding results lazily in input order with bounded memory.
    /// </summary>
    public IEnumerable<TaggedArticle> TagMany(IEnumerable<string> texts, int? maxParallelism = null) =>
        OrderedParallel.Map(texts, Tag, maxParallelism ?? Environment.ProcessorCount);

    /// <summary>Asynchronous form of <see cref="TagMany(IEnumerable{string}, int?)"/>: results in input order, bounded parallelism.</summary>
    public IAsyncEnumerable<TaggedArticle> TagManyAsync(IAsyncEnumerable<string> texts, int? maxParallelism = null, CancellationToken cancellationToken = default) =>
        OrderedParallel.MapAsync(texts, Tag, maxParallelism ?? Environment.ProcessorCount, cancellationToken);

    /// <summary>The article without the segments whose label is dropped (or that a drop rule matches), one kept segment a line.</summary>
    public string Clean(string text) => CleanTagged(Tag(text));

    /// <summary>
    /// The kept segments of an already tagged article, one a line: segments whose label is not
    /// dropped and that lie in the decoded body (<see cref="TaggerOptions.Decoder"/>), and those that
    /// a keep rule matches; never one that only a drop rule matches (<see cref="TaggerOptions.SegmentRules"/>).
    /// </summary>
    public string CleanTagged(TaggedArticle article) => string.Join('\n', KeptSegments(article).Select(s => s.Text));

    /// <summary>The segments <see cref="Clean"/> keeps, in order.</summary>
    public IEnumerable<TaggedSegment> KeptSegments(TaggedArticle article) => article.Kept.Select(i => article.Segments[i]);

    /// <summary>The article of labelled segments and their quotes, with its page verdict and decoded body.</summary>
    internal TaggedArticle Assemble(TaggedSegment[] tagged, IReadOnlyList<Reaction> quotes, HtmlPage? html = null)
    {
        var (page, kept) = html is not null && Options.UseHtmlStructure
            ? HtmlMainBlock.Judge(tagged, html, _drop, Options.Decoder)
            : PageJudge.Judge(tagged, _drop, Options.Decoder);
        return new TaggedArticle(tagged, quotes, page, kept) { Html = html, Metadata = html?.Metadata ?? TextMetadata.Read(tagged, kept, Options.Decoder) };
    }

    internal TaggedSegment ToTagged(Segment segment, float[] probabilities, SegmentRule? rule)
    {
        var best = 0;
        for (var l = 1; l < probabilities.Length; l++)
        {
            if (probabilities[l] > probabilities[best])
            {
                best = l;
            }
        }

        return new TaggedSegment(segment.Index, segment.Start, segment.Length, segment.Text, _scorer.Labels[best], probabilities[best], new LabelScores(_scorer.Labels, probabilities)) { Rule = rule };
    }
}
