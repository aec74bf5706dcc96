using System.Security.Cryptography;
using System.Text;
using Classifier.Train.Api;
using CsvHelper;

namespace Classifier.Bench.Baselines;

/// <summary>
/// Writes two benchmark tasks from the repository's labels as train/test CSVs, split by article
/// (the 20% of articles first in a seeded SHA-256 order are the test set), for comparing custom
/// models with outside baselines on identical data:
/// <c>segments/{train,test}.csv</c> (article,text,label) and
/// <c>stance/{train,test}.csv</c> (article,channel,text,label: the quoted words and their stance).
/// </summary>
internal static class TaskExporter
{
    public const double TestShare = 0.2;

    /// <summary>The seed of the split the figures in <c>docs/custom-models.md</c> were measured on.</summary>
    public const int DefaultSeed = 1;

    public static void Export(string labelsFolder, string outFolder, int seed, TextWriter log)
    {
        var corpus = ArticleModelTraining.ReadLabels(labelsFolder);
        var ordered = corpus.Segments.Select(s => s.Article).Distinct(StringComparer.Ordinal).OrderBy(id => Key(id, seed), StringComparer.Ordinal).ToArray();
        var test = ordered.Take((int)Math.Round(ordered.Length * TestShare)).ToHashSet(StringComparer.Ordinal);
        var segments = corpus.Segments.Select(s => (s.Article, Row: new[] { s.Article, s.Text, s.Label })).ToArray();
        Write(Path.Combine(outFolder, "segments"), ["article", "text", "label"], segments, test, log);
        var quotes = corpus.Quotes.Select(q => (q.Article, Row: new[] { q.Article, q.Channel, q.Quote, q.Stance })).ToArray();
        Write(Path.Combine(outFolder, "stance"), ["article", "channel", "text", "label"], quotes, test, log);
    }

    private static void Write(string folder, string[] header, IReadOnlyList<(string Article, string[] Row)> rows, HashSet<string> test, TextWriter log)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, inTest) in new[] { ("train.csv", false), ("test.csv", true) })
        {
            var path = Path.Combine(folder, name);
            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
            using var csv = CsvWriter.Create(writer, null, leaveOpen: true);
            csv.WriteRecord(header);
            var count = 0;
            foreach (var (article, row) in rows.Where(r => test.Contains(r.Article) == inTest))
            {
                csv.WriteRecord(row);
                count++;
            }

            csv.Flush();
            log.WriteLine($"{path}: {count} rows");
        }
    }

    private static string Key(string article, int seed) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"split:{seed}:{article}")));
}
