using System.Globalization;
using CsvHelper;

namespace Classifier.Train.Labels;

/// <summary>
/// Reads the label CSVs under a folder (RFC 4180 via CsvHelper), telling segment files from quote
/// files by their header, and checks them. Every problem is a <see cref="LabelFileException"/>
/// naming the file and line; nothing is half-read.
/// </summary>
internal static class LabelReader
{
    public static LabelCorpus ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new LabelFileException(folder, 0, "labels folder not found");
        }

        var files = Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new LabelFileException(folder, 0, "no *.csv label files found");
        }

        var segments = new List<LabelledSegment>();
        var quotes = new List<LabelledQuote>();
        var contents = new List<(string File, byte[] Bytes)>(files.Length);
        foreach (var file in files)
        {
            contents.Add((file, ReadFile(file, segments, quotes)));
        }

        var articles = LabelValidator.BuildArticles(segments);
        var quotesInContext = LabelValidator.CheckQuotes(quotes, articles);
        return new LabelCorpus(articles, quotesInContext, DataFingerprint.Of(folder, contents, articles.Count, segments.Count, quotes.Count));
    }

    /// <summary>Reads one file into the lists and returns its bytes, for the fingerprint.</summary>
    private static byte[] ReadFile(string file, List<LabelledSegment> segments, List<LabelledQuote> quotes)
    {
        var text = StrictCsv.ReadText(file, out var bytes);
        try
        {
            using var csv = CsvReader.Create(new StringReader(text), StrictCsv.Options, leaveOpen: false);
            var header = csv.Headers;
            if (header.Count == 0)
            {
                throw new LabelFileException(file, 1, "empty file: a header row is needed");
            }

            var isQuotes = header.Contains(LabelSchema.Stance);
            var required = isQuotes ? LabelSchema.QuoteColumns : LabelSchema.SegmentColumns;
            var missing = required.Where(c => !header.Contains(c)).ToArray();
            if (missing.Length > 0)
            {
                throw new LabelFileException(file, 1, $"missing required column(s) {string.Join(", ", missing)}; a {(isQuotes ? "quote" : "segment")} file needs {string.Join(",", required)}");
            }

            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                if (isQuotes)
                {
                    quotes.Add(ReadQuote(csv, file, line));
                }
                else
                {
                    segments.Add(ReadSegment(csv, file, line));
                }
            }
        }
        catch (CsvFormatException e)
        {
            throw new LabelFileException(file, (int)e.LineNumber, $"malformed CSV: {FirstLine(e.Message)}", e);
        }

        return bytes;
    }

    private static LabelledSegment ReadSegment(CsvReader csv, string file, int line)
    {
        var article = Required(csv, LabelSchema.Article, file, line);
        var index = ReadIndex(csv, file, line);
        var text = csv.GetString(LabelSchema.Text) ?? "";
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new LabelFileException(file, line, $"empty text for article '{article}' index {index}");
        }

        return new LabelledSegment(article, index, text.Trim(), Required(csv, LabelSchema.Label, file, line), file, line);
    }

    private static LabelledQuote ReadQuote(CsvReader csv, string file, int line)
    {
        var stance = Required(csv, LabelSchema.Stance, file, line);
        if (!LabelSchema.Stances.Contains(stance))
        {
            throw new LabelFileException(file, line, $"unknown stance '{stance}'; expected one of {string.Join(", ", LabelSchema.Stances)}");
        }

        var channel = Required(csv, LabelSchema.Channel, file, line);
        if (!LabelSchema.Channels.Contains(channel))
        {
            throw new LabelFileException(file, line, $"unknown channel '{channel}'; expected one of {string.Join(", ", LabelSchema.Channels)}");
        }

        return new LabelledQuote(
            Required(csv, LabelSchema.Article, file, line), ReadIndex(csv, file, line), Required(csv, LabelSchema.Speaker, file, line),
            channel, stance, Required(csv, LabelSchema.Quote, file, line), file, line);
    }

    private static string Required(CsvReader csv, string column, string file, int line)
    {
        var value = csv.GetString(column)?.Trim();
        return string.IsNullOrEmpty(value) ? throw new LabelFileException(file, line, $"empty '{column}'") : value;
    }

    private static int ReadIndex(CsvReader csv, string file, int line)
    {
        var raw = csv.GetString(LabelSchema.Index);
        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : throw new LabelFileException(file, line, $"index '{raw}' is not a whole number >= 0");
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
