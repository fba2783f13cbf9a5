using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Charts;

/// <summary>Small inline SVG charts, drawn on the server (no script, no front-end build).</summary>
public static class Svg
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// A stacked bar: on time (green), late (amber), and the unfinished part in the colour of the phase's state — grey
    /// while not yet due, orange when due soon, red only once overdue.
    /// </summary>
    public static IHtmlContent Progress(long complete, long late, long missing, long population, DeadlineState state, int width = 180)
    {
        var sb = new StringBuilder();
        var label = $"準時 {Fmt.N(complete)}、逾期完成 {Fmt.N(late)}、未完成 {Fmt.N(missing)}（{state.ToChinese()}），共 {Fmt.N(population)}";
        sb.Append(Inv, $"<svg class=\"bar\" width=\"{width}\" height=\"14\" role=\"img\" aria-label=\"{label}\"><title>{label}</title>");
        sb.Append(Inv, $"<rect width=\"{width}\" height=\"14\" fill=\"#eee\"/>");
        double x = 0;
        foreach (var (n, color) in new[] { (complete, "#2e7d32"), (late, "#f9a825"), (missing, state.Colour()) })
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
    /// The class of a heatmap cell for a completion rate, in tenths: red (h0) through amber to green (h10, hfull when
    /// complete); the colours are in site.css, as the Content-Security-Policy allows no inline style.
    /// </summary>
    public static string HeatClass(double rate) =>
        rate >= 0.999 ? "hfull" : string.Create(Inv, $"h{(int)Math.Round(10 * (double.IsNaN(rate) ? 0 : Math.Clamp(rate, 0, 1)))}");

    /// <summary>
    /// As <see cref="HeatClass(double)"/>, but a phase not yet overdue is shaded in blue (o0 … o10, darker = more
    /// done): work still open is not a failure, so it is never red.
    /// </summary>
    public static string HeatClass(double rate, DeadlineState state) => state is DeadlineState.Overdue or DeadlineState.Done
        ? HeatClass(rate)
        : string.Create(Inv, $"o{(int)Math.Round(10 * (double.IsNaN(rate) ? 0 : Math.Clamp(rate, 0, 1)))}");

    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
