using System.Globalization;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Reports.Rendering;

/// <summary>How numbers and dates read in every document: counts with the rate, never a bare percentage; ROC dates.</summary>
internal static class Text
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(long n) => CompletionCounts.Count(n);

    /// <summary>1,302/1,331（97.8%）, as every surface writes it (<see cref="CompletionCounts.Ratio"/>).</summary>
    public static string Ratio(long done, long population) => CompletionCounts.Ratio(done, population);

    public static string Percent(long done, long population) => CompletionCounts.Percent(done, population);

    public static double? Rate(long done, long population) => CompletionCounts.Rate(done, population);

    public static string Date(DateTime moment) => RocDate.Format(DateOnly.FromDateTime(moment));

    public static string Date(DateOnly day) => RocDate.Format(day);

    public static string Moment(DateTime moment) => RocDate.Format(moment);

    public static string Days(double days) => days.ToString("0.#", Invariant);
}
