using System.Globalization;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Reports.Rendering;

/// <summary>How numbers and dates read in every document: counts with the rate, never a bare percentage; ROC dates.</summary>
internal static class Text
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(long n) => n.ToString("N0", Invariant);

    /// <summary>1,302/1,331（97.8%）</summary>
    public static string Ratio(long done, long population) =>
        population == 0
            ? $"{Count(done)}/0"
            : $"{Count(done)}/{Count(population)}（{Percent(done, population)}）";

    public static string Percent(long done, long population) =>
        population == 0 ? "—" : (100.0 * done / population).ToString("0.0", Invariant) + "%";

    public static double? Rate(long done, long population) => population == 0 ? null : (double)done / population;

    public static string Date(DateTime moment) => RocDate.Format(DateOnly.FromDateTime(moment));

    public static string Date(DateOnly day) => RocDate.Format(day);

    public static string Moment(DateTime moment) => RocDate.Format(moment);

    public static string Days(double days) => days.ToString("0.#", Invariant);
}
