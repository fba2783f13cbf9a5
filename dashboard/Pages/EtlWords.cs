using System.Globalization;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>The ETL page's words for people: record kinds by their zh-TW names, Quartz schedules as 每日 02:00.</summary>
public static class EtlWords
{
    /// <summary>「artifacts、selections」 → 「課程學習成果、勾選」 (an unknown kind is kept as written).</summary>
    public static string Kinds(string kinds) => string.Join("、", kinds.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(k => KindCatalog.TryGet(k, out var spec) ? spec.Label : k));

    private static readonly string[] Weekdays = ["日", "一", "二", "三", "四", "五", "六"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>
    /// A Quartz cron (sec min hour day-of-month month day-of-week [year]) in words: 每日 02:00、每週一 07:00、
    /// 每月 1 日 06:00、每小時 15 分; anything more unusual is shown as the cron itself, marked as such.
    /// </summary>
    public static string Schedule(string cron)
    {
        var f = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length < 6) return cron;   // already words (每個階段截止時)
        if (f.Length > 7 || !int.TryParse(f[0], CultureInfo.InvariantCulture, out _) || (f.Length == 7 && f[6] != "*") || f[4] != "*"
            || !int.TryParse(f[1], CultureInfo.InvariantCulture, out var minute))
            return $"cron：{cron}";
        string? days = (f[3], f[5]) switch
        {
            ("*" or "?", "*" or "?") => "每日",
            ("*" or "?", var dow) => WeekdaysText(dow) is { } w ? $"每週{w}" : null,
            (var dom, "*" or "?") when int.TryParse(dom, CultureInfo.InvariantCulture, out var d) => $"每月 {d} 日",
            _ => null,
        };
        if (days is null) return $"cron：{cron}";
        if (f[2] == "*") return days == "每日" ? $"每小時 {minute} 分" : $"{days}每小時 {minute} 分";
        if (f[2].StartsWith("*/", StringComparison.Ordinal) && int.TryParse(f[2][2..], CultureInfo.InvariantCulture, out var every))
            return $"{days}每 {every} 小時（{minute} 分）";
        var hours = f[2].Split(',').Select(h => int.TryParse(h, CultureInfo.InvariantCulture, out var x) ? x : -1).ToList();
        if (hours.Any(h => h is < 0 or > 23)) return $"cron：{cron}";
        return $"{days} {string.Join("、", hours.Select(h => $"{h:00}:{minute:00}"))}";
    }

    private static string? WeekdaysText(string dow)
    {
        var parts = new List<string>();
        foreach (var part in dow.Split(','))
        {
            var range = part.Split('-');
            var ends = range.Select(Day).ToList();
            if (ends.Any(e => e is null) || ends.Count > 2) return null;
            parts.Add(ends.Count == 1 ? Weekdays[ends[0]!.Value] : $"{Weekdays[ends[0]!.Value]}至{Weekdays[ends[1]!.Value]}");
        }
        return string.Join("、", parts);
    }

    /// <summary>Quartz days: SUN…SAT or 1 (Sunday) … 7 (Saturday).</summary>
    private static int? Day(string text)
    {
        var i = Array.IndexOf(DayNames, text.ToUpperInvariant());
        if (i >= 0) return i;
        return int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 7 ? n - 1 : null;
    }
}
