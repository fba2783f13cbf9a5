using System.Globalization;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// The date forms the export uses, varied by file as real admin systems vary them (each file is consistent), and
/// the times of day people really act at.
/// </summary>
internal static class DemoDates
{
    /// <summary>112/01/15 21:40</summary>
    public static string Slash(DateTime t) => $"{t.Year - 1911}/{t.Month:00}/{t.Day:00} {t.Hour:00}:{t.Minute:00}";

    /// <summary>112.02.05 10:12</summary>
    public static string Dot(DateTime t) => RocDate.Format(t);

    /// <summary>111.11.02</summary>
    public static string Dot(DateOnly d) => RocDate.Format(d);

    /// <summary>1111020</summary>
    public static string Compact(DateOnly d) => $"{d.Year - 1911}{d.Month:00}{d.Day:00}";

    /// <summary>2023-03-08 15:00</summary>
    public static string Iso(DateTime t) => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A moment on <paramref name="day"/> when a student would be at a computer: mostly evenings.</summary>
    public static DateTime StudentMoment(Random random, DateOnly day)
    {
        var roll = random.NextDouble();
        var hour = roll < 0.60 ? random.Next(19, 24) : roll < 0.85 ? random.Next(12, 19) : roll < 0.95 ? random.Next(7, 12) : random.Next(0, 2);
        return day.ToDateTime(new TimeOnly(hour, random.Next(60)));
    }

    /// <summary>A moment on <paramref name="day"/> in a teacher's or clerk's working day (some evenings).</summary>
    public static DateTime StaffMoment(Random random, DateOnly day)
    {
        var hour = random.Chance(0.8) ? random.Next(8, 17) : random.Next(19, 23);
        return day.ToDateTime(new TimeOnly(hour, random.Next(60)));
    }

    public static DateOnly Day(DateTime t) => DateOnly.FromDateTime(t);
}
