using System.Globalization;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Export;

/// <summary>How numbers and dates read on the pages: counts with every rate, ROC dates.</summary>
public static class Fmt
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("zh-TW");

    /// <summary>1,302/1,331（97.8%）— never a bare percentage (<see cref="CompletionCounts.Ratio"/>).</summary>
    public static string Ratio(long done, long population) => CompletionCounts.Ratio(done, population);

    public static string Date(DateTime moment) => RocDate.Format(DateOnly.FromDateTime(moment));

    public static string Date(DateOnly day) => RocDate.Format(day);

    public static string DateTime(DateTime moment) => RocDate.Format(moment);

    public static string Date(DateTime? moment) => moment is { } m ? Date(m) : "";

    public static string N(long n) => n.ToString("N0", Culture);

    public static string Days(double? days) => days is { } d ? d.ToString("0.#", Culture) + " 天" : "—";
}
