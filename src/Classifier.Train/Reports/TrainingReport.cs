using System.Globalization;
using System.Text;
using Classifier.Runtime.Bundle;
using Classifier.Train.Labels;

namespace Classifier.Train.Reports;

/// <summary>
/// <c>report.md</c> of a bundle: the corpus, the settings, the cross-validation metrics as tables,
/// and their charts (<c>confusion.png</c>, <c>f1.png</c>, <c>stance-confusion.png</c>) beside it.
/// </summary>
internal sealed class TrainingReport(ModelManifest manifest, LabelCorpus corpus)
{
    public const string FileName = "report.md";
    public const string ConfusionChart = "confusion.png";
    public const string F1Chart = "f1.png";
    public const string StanceConfusionChart = "stance-confusion.png";

    /// <summary>Writes the report and its charts into <paramref name="folder"/> (the bundle's temporary folder).</summary>
    public void WriteTo(string folder)
    {
        var md = new StringBuilder();
        md.AppendLine("# Training report").AppendLine();
        md.AppendLine(Invariant($"Toolkit {manifest.ToolkitVersion}, ML.NET {manifest.MlNetVersion}, written {manifest.CreatedAt}."));
        md.AppendLine(Invariant($"Settings: {string.Join(", ", manifest.Training.Select(kv => $"{kv.Key} {kv.Value}"))}.")).AppendLine();
        WriteCorpus(md);

        var metrics = manifest.Metrics;
        if (!metrics.TryGetValue("segments", out var final))
        {
            md.AppendLine("## Cross-validation").AppendLine();
            md.AppendLine("Cross-validation was skipped (`--folds 0`): this bundle has no metrics and the report draws no metric charts.");
        }
        else
        {
            md.AppendLine("## Segment labels").AppendLine();
            TrainingCharts.SaveConfusion(final, "Segment labels, both passes (cross-validation)", Path.Combine(folder, ConfusionChart));
            md.AppendLine($"![Confusion matrix of the segment labels]({ConfusionChart})").AppendLine();
            if (metrics.TryGetValue("segments-first-pass", out var firstPass))
            {
                TrainingCharts.SaveF1(firstPass, final, Path.Combine(folder, F1Chart));
                md.AppendLine($"![Per-label F1, first pass and both passes]({F1Chart})").AppendLine();
                WriteMetrics(md, "First pass only", firstPass);
            }

            WriteMetrics(md, "First pass + context pass", final);
            if (metrics.TryGetValue("stance", out var stance))
            {
                md.AppendLine("## Stance of quoted reactions").AppendLine();
                TrainingCharts.SaveConfusion(stance, "Stance (cross-validation)", Path.Combine(folder, StanceConfusionChart));
                md.AppendLine($"![Confusion matrix of the stance model]({StanceConfusionChart})").AppendLine();
                WriteMetrics(md, "Stance", stance);
            }
        }

        File.WriteAllText(Path.Combine(folder, FileName), md.ToString());
    }

    private void WriteCorpus(StringBuilder md)
    {
        md.AppendLine("## Corpus").AppendLine();
        md.AppendLine(Invariant($"{corpus.Articles.Count} articles, {corpus.SegmentCount} segments, {corpus.Quotes.Count} labelled quotes (data sha256 `{corpus.Fingerprint.Sha256[..12]}`).")).AppendLine();
        md.AppendLine("| label | segments | share |").AppendLine("|---|---:|---:|");
        foreach (var group in corpus.Segments.GroupBy(s => s.Label, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            md.AppendLine(Invariant($"| {group.Key} | {group.Count()} | {100.0 * group.Count() / corpus.SegmentCount:F1}% |"));
        }

        md.AppendLine();
        if (corpus.Quotes.Count > 0)
        {
            md.AppendLine(Invariant($"Quotes by stance: {Counts(corpus.Quotes.Select(q => q.Stance))}; by channel: {Counts(corpus.Quotes.Select(q => q.Channel))}.")).AppendLine();
        }
    }

    private static void WriteMetrics(StringBuilder md, string title, ClassificationMetrics m)
    {
        md.AppendLine(Invariant($"### {title}")).AppendLine();
        md.AppendLine(Invariant($"{m.Method}: macro-F1 **{m.MacroF1:F3}**, accuracy {m.Accuracy:F3}.")).AppendLine();
        md.AppendLine("| label | precision | recall | F1 | support |").AppendLine("|---|---:|---:|---:|---:|");
        foreach (var l in m.PerLabel)
        {
            md.AppendLine(Invariant($"| {l.Label} | {l.Precision:F3} | {l.Recall:F3} | {l.F1:F3} | {l.Support} |"));
        }

        md.AppendLine().AppendLine("Confusion (rows: true label, columns: predicted):").AppendLine();
        md.AppendLine($"| true \\ predicted | {string.Join(" | ", m.Labels)} |");
        md.AppendLine($"|---|{string.Concat(m.Labels.Select(_ => "---:|"))}");
        for (var r = 0; r < m.Labels.Count; r++)
        {
            md.AppendLine($"| {m.Labels[r]} | {string.Join(" | ", m.Confusion[r].Select(c => c.ToString(CultureInfo.InvariantCulture)))} |");
        }

        md.AppendLine();
    }

    private static string Counts(IEnumerable<string> values) => string.Join(", ", values
        .GroupBy(v => v, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => Invariant($"{g.Key} {g.Count()}")));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
