using System.Security.Cryptography;
using Classifier.Train.Labels;
using CsvHelper;

namespace Classifier.Train.Custom;

/// <summary>
/// Reads a labelled CSV for custom training or evaluation (RFC 4180 via CsvHelper). Every problem
/// (missing file or column, malformed line, empty text or label, invalid UTF-8) is a
/// <see cref="LabelFileException"/> naming the file and line; nothing is half-read.
/// </summary>
internal static class CustomDataReader
{
    public static CustomDataSet Read(string file, CustomColumns columns)
    {
        var content = StrictCsv.ReadText(file, out var bytes);
        var examples = new List<CustomExample>();
        try
        {
            using var csv = CsvReader.Create(new StringReader(content), StrictCsv.Options, leaveOpen: false);
            csv.ReadHeader();
            var header = csv.Headers;
            if (header.Count == 0)
            {
                throw new LabelFileException(file, 1, "empty file: a header row is needed");
            }

            var missing = columns.Required.Where(c => !header.Contains(c)).ToArray();
            if (missing.Length > 0)
            {
                throw new LabelFileException(file, 1, $"no column {string.Join(", ", missing.Select(m => $"'{m}'"))}; the columns are {string.Join(", ", header)}");
            }

            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                var text = csv.GetString(columns.Text) ?? "";
                if (string.IsNullOrWhiteSpace(text))
                {
                    throw new LabelFileException(file, line, $"empty '{columns.Text}'");
                }

                examples.Add(new CustomExample(
                    text,
                    Required(csv, columns.Label, file, line),
                    columns.Group is null ? null : Required(csv, columns.Group, file, line),
                    columns.CvGroup is null ? null : Required(csv, columns.CvGroup, file, line),
                    line));
            }
        }
        catch (CsvFormatException e)
        {
            throw new LabelFileException(file, (int)e.LineNumber, $"malformed CSV: {e.Message.Split('\n')[0].Trim()}", e);
        }

        if (examples.Count == 0)
        {
            throw new LabelFileException(file, 0, "no data rows");
        }

        return new CustomDataSet(file, examples, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
    }

    private static string Required(CsvReader csv, string column, string file, int line)
    {
        var value = csv.GetString(column)?.Trim();
        return string.IsNullOrEmpty(value) ? throw new LabelFileException(file, line, $"empty '{column}'") : value;
    }
}
