using Classifier.Runtime.Tally;
using ScottPlot;

namespace Classifier.Cli.Output;

/// <summary>Draws a tally as stacked bars per article: speakers by stance (ScottPlot, PNG).</summary>
internal static class TallyChart
{
    private const int Width = 900;
    private const int Height = 500;

    private static readonly (string Stance, Color Color)[] Stances =
    [
        ("support", Color.FromHex("#2a9d8f")),
        ("neutral", Color.FromHex("#adb5bd")),
        ("oppose", Color.FromHex("#e76f51")),
    ];

    public static void Save(IReadOnlyList<ArticleTally> articles, string path)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var a = 0; a < articles.Count; a++)
        {
            double stacked = 0;
            foreach (var (stance, color) in Stances)
            {
                var count = articles[a].ByStance.GetValueOrDefault(stance);
                bars.Add(new Bar { Position = a, ValueBase = stacked, Value = stacked + count, FillColor = color });
                stacked += count;
            }
        }

        plot.Add.Bars(bars);
        foreach (var (stance, color) in Stances)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = stance, FillColor = color });
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, articles.Count).Select(i => (double)i).ToArray(), articles.Select(a => Shorten(a.Id)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = articles.Count > 6 ? 30 : 0;
        plot.Axes.Margins(bottom: 0);
        plot.Title("Quoted reactions per article, by stance");
        plot.YLabel("speakers");
        plot.XLabel("article");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, Width, Height);
    }

    private static string Shorten(string id) => id.Length > 24 ? id[..23] + "…" : id;
}
