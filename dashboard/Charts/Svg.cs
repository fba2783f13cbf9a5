using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using PortfolioAnalytics.Dashboard.Export;

namespace PortfolioAnalytics.Dashboard.Charts;

/// <summary>Small inline SVG charts, drawn on the server (no script, no front-end build).</summary>
public static class Svg
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A stacked bar: on time (green), late (amber), missing (red) out of the population.</summary>
    public static IHtmlContent Progress(long complete, long late, long missing, long population, int width = 180)
    {
        var sb = new StringBuilder();
        var label = $"準時 {Fmt.N(complete)}、逾期完成 {Fmt.N(late)}、未完成 {Fmt.N(missing)}，共 {Fmt.N(population)}";
        sb.Append(Inv, $"<svg class=\"bar\" width=\"{width}\" height=\"14\" role=\"img\" aria-label=\"{label}\"><title>{label}</title>");
        sb.Append(Inv, $"<rect width=\"{width}\" height=\"14\" fill=\"#eee\"/>");
        double x = 0;
        foreach (var (n, color) in new[] { (complete, "#2e7d32"), (late, "#f9a825"), (missing, "#c62828") })
        {
            if (population <= 0 || n <= 0) continue;
            var w = width * (double)n / population;
            sb.Append(Inv, $"<rect x=\"{x:0.##}\" width=\"{w:0.##}\" height=\"14\" fill=\"{color}\"/>");
            x += w;
        }
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>
    /// Progress over time: the cumulative count done (on time and late) from the window's start to the as-of moment,
    /// the population as a ceiling and the deadline as a dashed red line.
    /// </summary>
    public static IHtmlContent ProgressOverTime(IReadOnlyList<DateTime> doneAt, long population, DateTime start, DateTime deadline, DateTime asOf)
    {
        const int w = 720, h = 260, left = 56, right = 16, top = 16, bottom = 40;
        var from = start.Date;
        var to = new[] { deadline, asOf }.Max().Date.AddDays(1);
        if (to <= from) to = from.AddDays(1);
        var span = (to - from).TotalSeconds;
        var ceiling = Math.Max(1, population);
        double X(DateTime t) => left + (w - left - right) * Math.Clamp((t - from).TotalSeconds / span, 0, 1);
        double Y(double n) => top + (h - top - bottom) * (1 - n / ceiling);

        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg class=\"chart\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"完成人數隨時間變化\">");
        sb.Append(Inv, $"<rect x=\"{left}\" y=\"{top}\" width=\"{w - left - right}\" height=\"{h - top - bottom}\" fill=\"#fafafa\" stroke=\"#ccc\"/>");
        var step = Math.Max(1, (long)Math.Ceiling(ceiling / 4.0));
        for (long n = 0; n <= ceiling; n += step)
        {
            sb.Append(Inv, $"<line x1=\"{left}\" x2=\"{w - right}\" y1=\"{Y(n):0.#}\" y2=\"{Y(n):0.#}\" stroke=\"#e0e0e0\"/>");
            sb.Append(Inv, $"<text x=\"{left - 6}\" y=\"{Y(n) + 4:0.#}\" text-anchor=\"end\" font-size=\"11\">{n.ToString("N0", Inv)}</text>");
        }
        var ticks = Math.Max(1, (int)Math.Ceiling((to - from).TotalDays / 8));
        for (var d = from; d <= to; d = d.AddDays(ticks))
            sb.Append(Inv, $"<text x=\"{X(d):0.#}\" y=\"{h - bottom + 16}\" text-anchor=\"middle\" font-size=\"11\">{Fmt.Date(d)[4..]}</text>");

        var points = new StringBuilder();
        points.Append(Inv, $"{X(from):0.#},{Y(0):0.#} ");
        var done = doneAt.Where(t => t <= asOf).Order().ToList();
        for (var i = 0; i < done.Count; i++)
            points.Append(Inv, $"{X(done[i]):0.#},{Y(i):0.#} {X(done[i]):0.#},{Y(i + 1):0.#} ");
        points.Append(Inv, $"{X(new[] { asOf, from }.Max()):0.#},{Y(done.Count):0.#}");
        sb.Append(Inv, $"<polyline points=\"{points}\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\"/>");
        sb.Append(Inv, $"<line x1=\"{X(deadline):0.#}\" x2=\"{X(deadline):0.#}\" y1=\"{top}\" y2=\"{h - bottom}\" stroke=\"#c62828\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        sb.Append(Inv, $"<text x=\"{X(deadline) - 4:0.#}\" y=\"{top + 14}\" text-anchor=\"end\" font-size=\"12\" fill=\"#c62828\">截止 {Fmt.Date(deadline)}</text>");
        sb.Append(Inv, $"<line x1=\"{left}\" x2=\"{w - right}\" y1=\"{Y(population):0.#}\" y2=\"{Y(population):0.#}\" stroke=\"#555\" stroke-dasharray=\"2 3\"/>");
        sb.Append(Inv, $"<text x=\"{left + 4}\" y=\"{Y(population) - 4:0.#}\" font-size=\"11\" fill=\"#555\">應完成 {Fmt.N(population)} 人</text>");
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>The background of a heatmap cell for a completion rate: red (0) through amber to green (1).</summary>
    public static string HeatColor(double rate)
    {
        var hue = (int)Math.Round(120 * Math.Clamp(rate, 0, 1));
        return string.Create(Inv, $"hsl({hue},65%,{(rate >= 0.999 ? 80 : 85)}%)");
    }

    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
