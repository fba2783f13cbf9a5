using ScottPlot;

using ScottPlot.TickGenerators;
using PortfolioAnalytics.Reports.Rendering;
using Text = PortfolioAnalytics.Reports.Rendering.Text;

namespace PortfolioAnalytics.Reports.Charts;

/// <summary>
/// The charts of the reports and the dashboard (ScottPlot 5): build a <see cref="Plot"/>, then take it as PNG or SVG.
/// The Chinese font is set explicitly; ScottPlot's native text has no fontconfig to fall back on.
/// </summary>
public static class ReportCharts
{
    private static readonly Color OnTimeColor = Color.FromHex("#2e7d32");
    private static readonly Color LateColor = Color.FromHex("#f9a825");
    private static readonly Color MissingColor = Color.FromHex("#c62828");
    private static readonly Color PendingColor = Color.FromHex("#9e9e9e");

    public static byte[] ToPng(Plot plot, int width = 1000, int height = 500) =>
        plot.GetImageBytes(width, height, ImageFormat.Png);

    public static string ToSvg(Plot plot, int width = 1000, int height = 500) =>
        plot.GetSvgXml(width, height);

    /// <summary>
    /// The points for <see cref="PhaseProgress"/>: the phase (run during <paramref name="semester"/>) sampled
    /// <paramref name="samples"/> times from its start to the as-of moment (at most two weeks past its deadline).
    /// </summary>
    public static IReadOnlyList<ProgressPoint> ProgressSeries(Warehouse.Metrics.IMetrics metrics,
        Warehouse.Calendar.Semester semester, Warehouse.Schedules.Phase phase, DateTime asOf, int samples = 12) =>
        Data.Progress.Series(metrics, semester, phase, asOf, samples);

    /// <summary>A phase's completion over time (percent of its population) with its deadline marked.</summary>
    public static Plot PhaseProgress(string title, IReadOnlyList<ProgressPoint> points, DateTime deadline)
    {
        var plot = NewPlot(title);
        var xs = points.Select(p => p.At.ToOADate()).ToArray();
        var ys = points.Select(p => p.Population == 0 ? 0 : 100.0 * p.Done / p.Population).ToArray();
        var line = plot.Add.Scatter(xs, ys);
        line.Color = OnTimeColor;
        line.LineWidth = 2;
        line.MarkerSize = 4;
        var last = points.Count > 0 ? points[^1] : null;
        line.LegendText = last is null ? "完成率（含逾期完成）" : $"完成率（含逾期完成），目前 {Text.Ratio(last.Done, last.Population)}";

        var due = plot.Add.VerticalLine(deadline.ToOADate());
        due.Color = MissingColor;
        due.LinePattern = LinePattern.Dashed;
        due.LineWidth = 2;
        due.LegendText = $"截止 {Text.Date(deadline)}";

        plot.Axes.Bottom.TickGenerator = new NumericManual(
            DayTicks(points.Select(p => p.At).Append(deadline)).Select(d => d.ToOADate()).ToArray(),
            DayTicks(points.Select(p => p.At).Append(deadline)).Select(d => Text.Date(d)).ToArray());
        plot.YLabel("完成率（%）");
        plot.Axes.SetLimitsY(0, 105);
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    /// <summary>Each phase's on-time / late / missing share as a horizontal stacked bar, labelled with its deadline.</summary>
    public static Plot PhaseCompletion(string title, IReadOnlyList<PhaseBar> phases)
    {
        var plot = NewPlot(title);
        var bars = new List<Bar>();
        for (var i = 0; i < phases.Count; i++)
        {
            var p = phases[i];
            var y = phases.Count - 1 - i;
            double total = Math.Max(1, p.Population);
            var a = 100.0 * p.OnTime / total;
            var b = a + 100.0 * p.Late / total;
            var c = b + 100.0 * p.Missing / total;
            bars.Add(new Bar { Position = y, ValueBase = 0, Value = a, FillColor = OnTimeColor, Size = 0.7 });
            bars.Add(new Bar { Position = y, ValueBase = a, Value = b, FillColor = LateColor, Size = 0.7 });
            bars.Add(new Bar { Position = y, ValueBase = b, Value = c, FillColor = MissingColor, Size = 0.7 });
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        // Labels after the bars, or the bars would cover them.
        for (var i = 0; i < phases.Count; i++)
        {
            var label = plot.Add.Text(Text.Ratio(phases[i].OnTime, phases[i].Population), 1, phases.Count - 1 - i);
            label.LabelFontColor = Colors.White;
            label.LabelFontSize = 13;
            label.LabelBold = true;
            label.LabelAlignment = Alignment.MiddleLeft;
        }
        plot.Axes.Left.TickGenerator = new NumericManual(
            Enumerable.Range(0, phases.Count).Select(i => (double)(phases.Count - 1 - i)).ToArray(),
            phases.Select(p => $"{p.Label}（截止 {Text.Date(p.Deadline)}）").ToArray());
        plot.Axes.SetLimitsX(0, 100);
        plot.Axes.SetLimitsY(-0.6, Math.Max(0.6, phases.Count - 0.4));
        plot.XLabel("占應辦人數（%）");
        Legend(plot, ("準時完成", OnTimeColor), ("逾期完成", LateColor), ("未完成", MissingColor));
        return plot;
    }

    /// <summary>Completion (done / population) of each class in each phase; the cell shows the percentage.</summary>
    public static Plot ClassHeatmap(string title, IReadOnlyList<HeatmapCell> cells)
    {
        var plot = NewPlot(title);
        var rows = cells.Select(c => c.Row).Distinct().Order(StringComparer.Ordinal).ToList();
        var columns = cells.Select(c => c.Column).Distinct().ToList();
        var data = new double[Math.Max(1, rows.Count), Math.Max(1, columns.Count)];
        for (var r = 0; r < data.GetLength(0); r++)
        for (var c = 0; c < data.GetLength(1); c++)
            data[r, c] = double.NaN;
        foreach (var cell in cells)
        {
            var r = rows.IndexOf(cell.Row);
            var c = columns.IndexOf(cell.Column);
            data[r, c] = cell.Population == 0 ? double.NaN : 100.0 * cell.Done / cell.Population;
        }
        var heatmap = plot.Add.Heatmap(data);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.ManualRange = new(0, 100);
        // By default row 0 of the data is drawn at the top, each cell centred on integer coordinates.
        if (rows.Count * columns.Count <= 400)
            foreach (var cell in cells.Where(c => c.Population > 0))
            {
                var pct = 100.0 * cell.Done / cell.Population;
                var text = plot.Add.Text(pct.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
                    columns.IndexOf(cell.Column), rows.Count - 1 - rows.IndexOf(cell.Row));
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = 13;
                text.LabelFontColor = pct > 60 ? Colors.Black : Colors.White;
            }
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "完成率（%）";
        plot.Axes.Left.TickGenerator = new NumericManual(
            Enumerable.Range(0, rows.Count).Select(i => (double)(rows.Count - 1 - i)).ToArray(), rows.ToArray());
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            Enumerable.Range(0, columns.Count).Select(i => (double)i).ToArray(), columns.ToArray());
        // Phase names are long: slant them so neighbours do not overlap.
        plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 12 + 9 * columns.Max(c => c.Length);
        if (rows.Count > 40)
            plot.Axes.Left.TickLabelStyle.FontSize = Math.Max(8, 14 - (rows.Count - 40) / 8f);
        plot.Axes.SetLimits(-0.5, Math.Max(0.5, columns.Count - 0.5), -0.5, Math.Max(0.5, rows.Count - 0.5));
        return plot;
    }

    /// <summary>Each teacher's artifacts certified on time, late and still waiting (largest backlog first).</summary>
    public static Plot CertificationBacklog(string title, IReadOnlyList<BacklogBar> teachers, int top = 20)
    {
        var plot = NewPlot(title);
        var shown = teachers.OrderByDescending(t => t.Pending).ThenByDescending(t => t.Late)
            .ThenBy(t => t.Teacher, StringComparer.Ordinal).Take(top).ToList();
        var bars = new List<Bar>();
        for (var i = 0; i < shown.Count; i++)
        {
            var t = shown[i];
            var y = shown.Count - 1 - i;
            bars.Add(new Bar { Position = y, ValueBase = 0, Value = t.Pending, FillColor = PendingColor, Size = 0.7 });
            bars.Add(new Bar { Position = y, ValueBase = t.Pending, Value = t.Pending + t.Late, FillColor = LateColor, Size = 0.7 });
            bars.Add(new Bar { Position = y, ValueBase = t.Pending + t.Late, Value = t.Pending + t.Late + t.OnTime, FillColor = OnTimeColor, Size = 0.7 });
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Axes.Left.TickGenerator = new NumericManual(
            Enumerable.Range(0, shown.Count).Select(i => (double)(shown.Count - 1 - i)).ToArray(),
            shown.Select(t => $"{t.Teacher}（待 {Text.Count(t.Pending)}）").ToArray());
        plot.Axes.SetLimitsY(-0.6, Math.Max(0.6, shown.Count - 0.4));
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0, top: 0);
        plot.XLabel("課程學習成果件數");
        Legend(plot, ("待認證", PendingColor), ("逾期認證", LateColor), ("準時認證", OnTimeColor));
        return plot;
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Font.Set(Prerequisites.ChartFont());
        plot.Title(title);
        plot.Axes.Title.Label.FontSize = 20;
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.TickLabelStyle.FontSize = 14;
            axis.Label.FontSize = 15;
        }
        plot.Legend.FontSize = 14;
        return plot;
    }

    private static void Legend(Plot plot, params (string Text, Color Color)[] items)
    {
        foreach (var (text, color) in items)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = text, FillColor = color });
        plot.Legend.Orientation = Orientation.Horizontal;
        // Outside the data area, so it never covers a bar.
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontName = Prerequisites.ChartFont();
    }

    /// <summary>At most ~8 evenly spaced day ticks between the first and last moment.</summary>
    private static IEnumerable<DateTime> DayTicks(IEnumerable<DateTime> moments)
    {
        var list = moments.ToList();
        if (list.Count == 0) yield break;
        var first = list.Min().Date;
        var last = list.Max().Date;
        var step = Math.Max(1, (int)Math.Ceiling((last - first).TotalDays / 7));
        for (var d = first; d <= last; d = d.AddDays(step)) yield return d;
    }
}
