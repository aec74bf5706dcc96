using Classifier.Cli.Input;
using Classifier.Runtime.Tagging;
using Classifier.Train.Api;

namespace Classifier.Cli.Workbench;

/// <summary>
/// The state one <c>classify label</c> run serves: the tagger (replaced after a retraining), the
/// articles opened with their ids, the corpus store and the guard on what may be opened. Safe to use
/// from concurrent requests.
/// </summary>
internal sealed class WorkbenchSession
{
    private readonly Lock _gate = new();
    private readonly List<WorkbenchArticle> _articles = [];
    private readonly HashSet<string> _taken;
    private readonly long _maxArticleBytes;
    private ArticleTagger _tagger;

    private WorkbenchSession(WorkbenchOptions options, ArticleTagger tagger, HashSet<string> corpusIds)
    {
        Options = options;
        _tagger = tagger;
        _taken = corpusIds;
        _maxArticleBytes = options.MaxArticleBytes;
        Store = new CorpusStore(options.Labels);
        Guard = new FolderGuard(options.Paths);
    }

    public WorkbenchOptions Options { get; }

    public CorpusStore Store { get; }

    public FolderGuard Guard { get; }

    public ArticleTagger Tagger
    {
        get
        {
            lock (_gate)
            {
                return _tagger;
            }
        }
    }

    public IReadOnlyList<WorkbenchArticle> Articles
    {
        get
        {
            lock (_gate)
            {
                return [.. _articles];
            }
        }
    }

    /// <summary>Opens the session over the articles in <see cref="WorkbenchOptions.Paths"/>; files that cannot be read are reported to <paramref name="warnings"/> and left out.</summary>
    /// <exception cref="Classifier.Train.Labels.LabelFileException">The labels folder holds a file the trainer would reject.</exception>
    public static WorkbenchSession Open(WorkbenchOptions options, ArticleTagger tagger, TextWriter warnings)
    {
        Directory.CreateDirectory(options.Labels);
        var hasFiles = Directory.EnumerateFiles(options.Labels, "*.csv", SearchOption.AllDirectories).Any();
        var ids = hasFiles ? ArticleModelTraining.ReadLabels(options.Labels).Segments.Select(s => s.Article) : [];
        var session = new WorkbenchSession(options, tagger, new HashSet<string>(ids, StringComparer.Ordinal));
        foreach (var record in session.ReadArticles(options.Paths))
        {
            if (record.Text is null)
            {
                warnings.WriteLine($"classify: {record.Where}: {record.Error}");
            }
            else
            {
                session.Add(record);
            }
        }

        return session;
    }

    public WorkbenchArticle? Find(string id)
    {
        lock (_gate)
        {
            return _articles.Find(a => a.Id == id);
        }
    }

    /// <summary>Opens one more article file (already allowed by <see cref="Guard"/>); the one open already when it was.</summary>
    /// <returns>The article, or the reason it cannot be read.</returns>
    public (WorkbenchArticle? Article, string? Error) OpenFile(string allowedPath)
    {
        lock (_gate)
        {
            var open = _articles.Find(a => a.Origin == allowedPath);
            if (open is not null)
            {
                return (open, null);
            }
        }

        var record = ReadArticles([allowedPath]).Single();
        return record.Text is null ? (null, record.Error) : (Add(record), null);
    }

    /// <summary>Replaces the tagger and re-tags every article; returns the segments whose label changed.</summary>
    public IReadOnlyList<LabelChange> Retag(ArticleTagger tagger)
    {
        lock (_gate)
        {
            var changes = new List<LabelChange>();
            for (var i = 0; i < _articles.Count; i++)
            {
                var old = _articles[i];
                var tagged = tagger.Tag(old.Text);
                changes.AddRange(old.Tagged.Segments.Zip(tagged.Segments)
                    .Where(p => p.First.Label != p.Second.Label)
                    .Select(p => new LabelChange(old.Id, p.First.Index, p.First.Text, p.First.Label, p.Second.Label, p.Second.Confidence)));
                _articles[i] = old with { Tagged = tagged };
            }

            _tagger = tagger;
            return changes;
        }
    }

    private IEnumerable<InputRecord> ReadArticles(IReadOnlyList<string> paths) =>
        new ArticleSource(InputFormat.Text, _maxArticleBytes, TextReader.Null, _ => { }).Read(paths);

    private WorkbenchArticle Add(InputRecord record)
    {
        var origin = Path.GetFullPath(record.Origin);
        lock (_gate)
        {
            var tagged = _tagger.Tag(record.Text!);
            var texts = tagged.Segments.Select(s => s.Text).ToArray();
            var id = ArticleIds.For(record.Id, record.Text!, _taken, candidate => Store.Holds(candidate, texts));
            _taken.Add(id);
            var article = new WorkbenchArticle(id, origin, record.Text!, tagged);
            _articles.Add(article);
            return article;
        }
    }
}
