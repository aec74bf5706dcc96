using System.Globalization;
using Classifier.Runtime.Bundle;

namespace Classifier.Train.Reports;

/// <summary>Prints metrics as plain-text tables: per-label precision, recall, F1, then the confusion matrix.</summary>
internal static class MetricsPrinter
{
    public static void Print(string title, ClassificationMetrics m, TextWriter log)
    {
        var width = Math.Max(10, m.Labels.Max(l => l.Length) + 2);
        log.WriteLine();
        log.WriteLine($"{title} — {m.Method}");
        log.WriteLine($"{"label".PadRight(width)} {"precision",9} {"recall",9} {"F1",9} {"support",9}");
        foreach (var l in m.PerLabel)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{l.Label.PadRight(width)} {l.Precision,9:F3} {l.Recall,9:F3} {l.F1,9:F3} {l.Support,9}"));
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"macro-F1".PadRight(width)} {"",9} {"",9} {m.MacroF1,9:F3}   accuracy {m.Accuracy:F3}"));
        log.WriteLine("Confusion (rows: true label, columns: predicted, in the order above)");
        for (var r = 0; r < m.Labels.Count; r++)
        {
            log.WriteLine($"{m.Labels[r].PadRight(width)} {string.Join(" ", m.Confusion[r].Select(c => c.ToString(CultureInfo.InvariantCulture).PadLeft(6)))}");
        }
    }
}
