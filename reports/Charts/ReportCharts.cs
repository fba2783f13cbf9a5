using ScottPlot;

using ScottPlot.TickGenerators;
using PortfolioAnalytics.Warehouse.Metrics;
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
    /// A phase's cumulative completions from its window's start to the as-of day (<see cref="IMetrics.Progress"/>):
    /// 準時完成 and 完成（含逾期） as shares of the population, the deadline marked in the colour of the phase's state.
    /// A phase of one member (a unit task, an attested item) is drawn as 未完成 / 已完成 with the day it was done.
    /// </summary>
    public static Plot PhaseProgress(string title, IReadOnlyList<ProgressPoint> points, DateTime deadline, DeadlineState state,
        string unit = "人")
    {
        var plot = NewPlot(title);
        var stateColour = Color.FromHex(state.Colour());
        var due = plot.Add.VerticalLine(deadline.Date.ToOADate());
        due.Color = stateColour;
        due.LinePattern = LinePattern.Dashed;
        due.LineWidth = 2;
        due.LegendText = $"截止 {Text.Date(deadline)}（{state.ToChinese()}）";
        if (points.Count == 0)
        {
            plot.Add.Text("尚未開始", deadline.Date.ToOADate(), 50).LabelFontSize = 18;
            plot.Axes.SetLimitsY(0, 105);
            plot.ShowLegend(Alignment.UpperLeft);
            return plot;
        }
        var last = points[^1];
        // A point is the count by the end of its day, drawn on that day's tick.
        var xs = points.Select(p => p.Day.ToOADate()).ToArray();
        var single = last.Population <= 1;
        double Share(long n) => single ? n : last.Population == 0 ? 0 : 100.0 * n / last.Population;
        if (single)
        {
            var doneDay = points.FirstOrDefault(p => p.Done > 0)?.Day;
            var line = Step(plot, xs, points.Select(p => Share(p.Done)).ToArray(), last.OnTime > 0 ? OnTimeColor : LateColor, 3);
            line.LegendText = last.Population == 0 ? "沒有應完成的對象"
                : doneDay is { } d ? $"{(last.OnTime > 0 ? "準時" : "逾期")}完成於 {Text.Date(d)}" : "尚未完成";
            plot.Axes.Left.TickGenerator = new NumericManual([0, 1], ["未完成", "已完成"]);
            plot.Axes.SetLimitsY(-0.1, 1.25);
        }
        else
        {
            // The wider line behind shows where late work lifts 完成率（含逾期） above 準時完成率.
            Step(plot, xs, points.Select(p => Share(p.Done)).ToArray(), LateColor, 7).LegendText =
                $"{CompletionCounts.WithLateLabel} {last.Counts.WithLateText}";
            Step(plot, xs, points.Select(p => Share(p.OnTime)).ToArray(), OnTimeColor, 3).LegendText =
                $"{CompletionCounts.OnTimeLabel} {last.Counts.OnTimeText}";
            plot.YLabel($"占應完成{unit}數（%）");
            plot.Axes.SetLimitsY(0, 105);
        }
        var ticks = DayTicks(points.Select(p => p.Day).Append(deadline), deadline.Date, last.Day).ToArray();
        plot.Axes.Bottom.TickGenerator = new NumericManual(ticks.Select(d => d.ToOADate()).ToArray(), ticks.Select(Text.Date).ToArray());
        var from = Math.Min(xs[0], deadline.Date.ToOADate());
        var to = Math.Max(xs[^1], deadline.Date.ToOADate());
        var pad = Math.Max(0.5, (to - from) * 0.04);
        plot.Axes.SetLimitsX(from - pad, to + pad);
        plot.ShowLegend(Alignment.UpperLeft);
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

    /// <summary>
    /// Teachers ranked by backlog (artifacts still waiting, then late): each bar the teacher's artifacts certified on
    /// time, late and still waiting, the waiting part in the colour of the phase's state; the label says how many wait.
    /// </summary>
    public static Plot CertificationBacklog(string title, IReadOnlyList<BacklogBar> teachers, DeadlineState state, int top = 20)
    {
        var plot = NewPlot(title);
        var shown = teachers.OrderByDescending(t => t.Pending).ThenByDescending(t => t.Late)
            .ThenBy(t => t.Teacher, StringComparer.Ordinal).Take(top).ToList();
        var pending = Color.FromHex(state == DeadlineState.Done ? DeadlineState.NotYetDue.Colour() : state.Colour());
        var bars = new List<Bar>();
        for (var i = 0; i < shown.Count; i++)
        {
            var t = shown[i];
            var y = shown.Count - 1 - i;
            bars.Add(new Bar { Position = y, ValueBase = 0, Value = t.Pending, FillColor = pending, Size = 0.7 });
            bars.Add(new Bar { Position = y, ValueBase = t.Pending, Value = t.Pending + t.Late, FillColor = LateColor, Size = 0.7 });
            bars.Add(new Bar { Position = y, ValueBase = t.Pending + t.Late, Value = t.Pending + t.Late + t.OnTime, FillColor = OnTimeColor, Size = 0.7 });
        }
        if (shown.Count > 0) plot.Add.Bars(bars).Horizontal = true;
        else plot.Add.Text("沒有待認證的課程學習成果", 0, 0).LabelFontSize = 18;
        plot.Axes.Left.TickGenerator = new NumericManual(
            Enumerable.Range(0, shown.Count).Select(i => (double)(shown.Count - 1 - i)).ToArray(),
            shown.Select(t => $"{RankLabel(shown.IndexOf(t) + 1)} {t.Teacher}（待 {Text.Count(t.Pending)}）").ToArray());
        var max = shown.Count == 0 ? 1 : shown.Max(t => t.OnTime + t.Late + t.Pending);
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.SetLimits(0, Math.Max(1, max) * 1.05, -0.6, Math.Max(0.6, shown.Count - 0.4));
        plot.XLabel("課程學習成果件數");
        Legend(plot, ($"待認證（{state.ToChinese()}）", pending), ("逾期認證", LateColor), ("準時認證", OnTimeColor));
        return plot;
    }

    private static string RankLabel(int rank) => $"{rank}.";

    /// <summary>A height at which <see cref="CertificationBacklog"/> leaves each teacher's bar readable (title and legend included).</summary>
    public static int BacklogHeight(int teachers, int top = 20) => Math.Clamp(190 + 34 * Math.Min(top, teachers), 320, 900);

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

    private static ScottPlot.Plottables.Scatter Step(Plot plot, double[] xs, double[] ys, Color color, float width)
    {
        var line = plot.Add.Scatter(xs, ys);
        line.Color = color;
        line.LineWidth = width;
        line.MarkerSize = 0;
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        return line;
    }

    /// <summary>At most ~8 evenly spaced day ticks between the first and last moment, always with the <paramref name="marked"/> days.</summary>
    private static IEnumerable<DateTime> DayTicks(IEnumerable<DateTime> moments, params DateTime[] marked)
    {
        var list = moments.ToList();
        if (list.Count == 0) return marked;
        var first = list.Min().Date;
        var last = list.Max().Date;
        var step = Math.Max(1, (int)Math.Ceiling((last - first).TotalDays / 7));
        var even = Enumerable.Range(0, (last - first).Days / step + 1).Select(i => first.AddDays(i * step));
        return even.Where(d => marked.All(m => Math.Abs((m.Date - d).TotalDays) >= step * 0.7 || step == 1))
            .Concat(marked.Select(m => m.Date)).Distinct().Order();
    }
}
