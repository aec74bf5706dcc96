using System.Globalization;
using Classifier.Runtime.Bundle;
using ScottPlot;

namespace Classifier.Train.Reports;

/// <summary>Charts of cross-validation metrics (ScottPlot, PNG): a confusion heatmap and per-label F1 bars.</summary>
internal static class TrainingCharts
{
    private const int CellPixels = 110;
    private const int ConfusionMargin = 330;
    private const int BarWidth = 900;
    private const int BarHeight = 520;
    private const float CellFontSize = 15;
    private const float TickFontSize = 14;
    private const float AxisLabelFontSize = 16;
    private const double ColorBarStep = 0.1;
    private const string SansFont = "DejaVu Sans";

    /// <summary>Shares above this are drawn on a dark cell: their count is written in white.</summary>
    private const double DarkCellShare = 0.55;

    private static readonly Color FirstPassColor = Color.FromHex("#9ecae1");
    private static readonly Color FinalColor = Color.FromHex("#08519c");

    /// <summary>
    /// The confusion matrix as a heatmap: each row (true label) normalised to shares of its count,
    /// the count and share written in each cell, a colour bar for the share.
    /// </summary>
    public static void SaveConfusion(ClassificationMetrics metrics, string title, string path)
    {
        var n = metrics.Labels.Count;
        var shares = new double[n, n];
        for (var r = 0; r < n; r++)
        {
            var total = metrics.Confusion[r].Sum();
            for (var c = 0; c < n; c++)
            {
                shares[r, c] = total == 0 ? 0 : (double)metrics.Confusion[r][c] / total;
            }
        }

        var plot = NewPlot();
        var heatmap = plot.Add.Heatmap(shares);

        // ScottPlot's Blues runs from dark to white; reversed, an empty cell is white.
        heatmap.Colormap = new ScottPlot.Colormaps.Reversed(new ScottPlot.Colormaps.Blues());
        heatmap.ManualRange = new ScottPlot.Range(0, 1);

        // The heatmap centres cell (r, c) on x = c, y = n - 1 - r: row 0 at the top, as confusion matrices are read.
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < n; c++)
            {
                var share = shares[r, c];
                var text = plot.Add.Text(
                    string.Create(CultureInfo.InvariantCulture, $"{metrics.Confusion[r][c]}\n{share * 100:F0}%"),
                    c,
                    n - 1 - r);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = CellFontSize;
                text.LabelFontColor = share > DarkCellShare ? Colors.White : Colors.Black;
                text.LabelBold = r == c;
            }
        }

        var positions = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.SetTicks(positions, metrics.Labels.ToArray());
        plot.Axes.Left.SetTicks(positions, metrics.Labels.Reverse().ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickFontSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickFontSize;
        plot.Axes.SetLimits(-0.5, n - 0.5, -0.5, n - 0.5);
        plot.XLabel("predicted label", AxisLabelFontSize);
        plot.YLabel("true label", AxisLabelFontSize);
        plot.Title(title);
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "share of the row (true label)";
        bar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(ColorBarStep);
        bar.Axis.TickLabelStyle.FontSize = TickFontSize;
        plot.Grid.IsVisible = false;
        var side = (n * CellPixels) + ConfusionMargin;
        plot.SavePng(path, side + 120, side);
    }

    /// <summary>Per-label F1 of the first pass alone beside that of both passes, as grouped bars.</summary>
    public static void SaveF1(ClassificationMetrics firstPass, ClassificationMetrics final, string path)
    {
        var labels = final.Labels;
        var plot = NewPlot();
        var bars = new List<Bar>();
        for (var i = 0; i < labels.Count; i++)
        {
            bars.Add(F1Bar(i - 0.2, F1Of(firstPass, labels[i]), FirstPassColor));
            bars.Add(F1Bar(i + 0.2, F1Of(final, labels[i]), FinalColor));
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 13;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = string.Create(CultureInfo.InvariantCulture, $"first pass (macro-F1 {firstPass.MacroF1:F3})"), FillColor = FirstPassColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = string.Create(CultureInfo.InvariantCulture, $"both passes (macro-F1 {final.MacroF1:F3})"), FillColor = FinalColor });
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), labels.ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickFontSize;
        // Headroom above 1 holds the value labels and the legend; the ticks stop at 1.
        plot.Axes.SetLimits(-0.6, labels.Count - 0.4, 0, 1.2);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, 11).Select(i => i / 10.0).ToArray(),
            Enumerable.Range(0, 11).Select(i => (i / 10.0).ToString("0.0", CultureInfo.InvariantCulture)).ToArray());
        plot.XLabel("label", AxisLabelFontSize);
        plot.YLabel("F1 (cross-validation)", AxisLabelFontSize);
        plot.Title("Per-label F1: first pass alone and with the context pass");
        plot.SavePng(path, BarWidth, BarHeight);
    }

    /// <summary>A plot in a sans-serif font: ScottPlot's own pick on Linux is a serif.</summary>
    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(SansFont);
        return plot;
    }

    private static Bar F1Bar(double position, double f1, Color color) => new()
    {
        Position = position,
        Value = f1,
        Size = 0.4,
        FillColor = color,
        Label = f1.ToString("F2", CultureInfo.InvariantCulture),
    };

    private static double F1Of(ClassificationMetrics metrics, string label) =>
        metrics.PerLabel.FirstOrDefault(l => l.Label == label)?.F1 ?? 0;
}
