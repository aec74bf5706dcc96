using System.Globalization;
using System.Text;
using Classifier.Train.Api;
using CsvHelper;

namespace Classifier.Cli.Workbench;

/// <summary>
/// The workbench's rows in the labels folder: one segment file and one quote file per article
/// (<c>segments/ID.csv</c>, <c>quotes/ID.csv</c>), in the corpus format. A segment file holds every
/// segment of the article, so that the trainer's reader (indexes 0, 1, 2, … without gaps) accepts it
/// from the first saved decision on; the extra <c>source</c> column says which rows a person decided
/// (<c>human</c>) and which still carry the model's label (<c>model</c>); the trainer ignores it.
/// Every change is a read-modify-write of the files on disk under one lock, checked by the trainer's
/// own reader on a copy before the files are replaced by rename, so concurrent saves lose nothing and
/// the folder never holds a half-written or unreadable file.
/// </summary>
internal sealed class CorpusStore(string labelsFolder)
{
    private const string Human = "human";
    private const string Model = "model";
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly Lock _gate = new();

    public string Folder { get; } = Path.GetFullPath(labelsFolder);

    private string SegmentsFolder => Path.Combine(Folder, "segments");

    private string QuotesFolder => Path.Combine(Folder, "quotes");

    /// <summary>The decisions saved for <paramref name="id"/>, none when it has no files.</summary>
    public ArticleLabels Read(string id)
    {
        lock (_gate)
        {
            return ReadUnlocked(id);
        }
    }

    /// <summary>Applies <paramref name="change"/> to the saved decisions of <paramref name="article"/> and writes the result.</summary>
    public ArticleLabels Update(WorkbenchArticle article, Func<ArticleLabels, ArticleLabels> change)
    {
        lock (_gate)
        {
            var next = change(ReadUnlocked(article.Id));
            Write(article, next);
            return next;
        }
    }

    /// <summary>Whether <paramref name="id"/>'s segment file exists and holds exactly <paramref name="segmentTexts"/>: the same article saved by an earlier run.</summary>
    public bool Holds(string id, IReadOnlyList<string> segmentTexts)
    {
        var path = SegmentFile(id);
        if (!File.Exists(path))
        {
            return false;
        }

        var texts = ReadRows(path).Select(r => r["text"].Trim()).ToArray();
        return texts.SequenceEqual(segmentTexts.Select(t => t.Trim()), StringComparer.Ordinal);
    }

    private ArticleLabels ReadUnlocked(string id)
    {
        var segmentFile = SegmentFile(id);
        if (!File.Exists(segmentFile))
        {
            return ArticleLabels.None;
        }

        var segments = ReadRows(segmentFile)
            .Where(r => r.GetValueOrDefault("source") == Human)
            .ToDictionary(r => int.Parse(r["index"], CultureInfo.InvariantCulture), r => r["label"]);
        var quoteFile = QuoteFile(id);
        QuoteLabel[] quotes = File.Exists(quoteFile)
            ? [.. ReadRows(quoteFile).Select(r => new QuoteLabel(int.Parse(r["index"], CultureInfo.InvariantCulture), r["speaker"], r["channel"], r["stance"], r["quote"]))]
            : [];
        return new ArticleLabels(segments, quotes);
    }

    private void Write(WorkbenchArticle article, ArticleLabels labels)
    {
        var segmentFile = SegmentFile(article.Id);
        var quoteFile = QuoteFile(article.Id);
        if (labels.IsEmpty)
        {
            // Every decision undone: the article leaves the corpus rather than stay in it as the model's labels alone.
            File.Delete(segmentFile);
            File.Delete(quoteFile);
            return;
        }

        var segmentCsv = SegmentCsv(article, labels);
        var quoteCsv = labels.Quotes.Count > 0 ? QuoteCsv(article.Id, labels.Quotes) : null;
        Validate(article.Id, segmentCsv, quoteCsv);
        Directory.CreateDirectory(SegmentsFolder);
        Directory.CreateDirectory(QuotesFolder);
        ReplaceAtomically(segmentFile, segmentCsv);
        if (quoteCsv is null)
        {
            File.Delete(quoteFile);
        }
        else
        {
            ReplaceAtomically(quoteFile, quoteCsv);
        }
    }

    private static string SegmentCsv(WorkbenchArticle article, ArticleLabels labels)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(text, null, leaveOpen: true);
        csv.WriteRecord(["article", "index", "text", "label", "source"]);
        foreach (var s in article.Tagged.Segments)
        {
            var human = labels.Segments.TryGetValue(s.Index, out var label);
            csv.WriteRecord([article.Id, s.Index.ToString(CultureInfo.InvariantCulture), s.Text, human ? label! : s.Label, human ? Human : Model]);
        }

        csv.Flush();
        return text.ToString();
    }

    private static string QuoteCsv(string id, IReadOnlyList<QuoteLabel> quotes)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(text, null, leaveOpen: true);
        csv.WriteRecord(["article", "index", "speaker", "channel", "stance", "quote"]);
        foreach (var q in quotes.OrderBy(q => q.Segment))
        {
            csv.WriteRecord([id, q.Segment.ToString(CultureInfo.InvariantCulture), q.Speaker, q.Channel, q.Stance, q.Quote]);
        }

        csv.Flush();
        return text.ToString();
    }

    /// <summary>Reads the article's new files with the trainer's reader, alone in a scratch folder; a row it would reject throws before anything is replaced.</summary>
    private static void Validate(string id, string segmentCsv, string? quoteCsv)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"classifier-workbench-check-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(Path.Combine(scratch, "segments"));
            File.WriteAllText(Path.Combine(scratch, "segments", id + ".csv"), segmentCsv, Utf8);
            if (quoteCsv is not null)
            {
                Directory.CreateDirectory(Path.Combine(scratch, "quotes"));
                File.WriteAllText(Path.Combine(scratch, "quotes", id + ".csv"), quoteCsv, Utf8);
            }

            ArticleModelTraining.ReadLabels(scratch);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Writes beside the target under a name the trainer does not read (<c>*.csv.tmp</c>), flushed to disk, then renames over it.</summary>
    private static void ReplaceAtomically(string path, string content)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(Utf8.GetBytes(content));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    private static List<Dictionary<string, string>> ReadRows(string path)
    {
        using var csv = CsvReader.Create(new StringReader(File.ReadAllText(path, Utf8)), new CsvReaderOptions { HasHeader = true }, leaveOpen: false);
        var header = csv.Headers;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetString(h) ?? "", StringComparer.Ordinal));
        }

        return rows;
    }

    private string SegmentFile(string id) => Path.Combine(SegmentsFolder, ArticleIds.RequireSafe(id) + ".csv");

    private string QuoteFile(string id) => Path.Combine(QuotesFolder, ArticleIds.RequireSafe(id) + ".csv");
}
