using System.Security.Cryptography;
using System.Text;
using Classifier.Runtime.Bundle;

namespace Classifier.Train.Labels;

/// <summary>SHA-256 fingerprints of the training files, so a manifest says exactly what a model learnt from.</summary>
internal static class DataFingerprint
{
    public static TrainingDataSummary Of(string folder, IReadOnlyList<(string File, byte[] Bytes)> files, int groups, int rows, int quotes)
    {
        var perFile = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (file, bytes) in files)
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            perFile[relative] = Convert.ToHexStringLower(SHA256.HashData(bytes));
            all.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            all.AppendData(bytes);
        }

        return new TrainingDataSummary
        {
            Sha256 = Convert.ToHexStringLower(all.GetHashAndReset()),
            Files = perFile,
            Groups = groups,
            Rows = rows,
            Quotes = quotes,
        };
    }
}
