using System.Globalization;

namespace PortfolioAnalytics.Warehouse.Calendar;

/// <summary>
/// The one reading of an "as of" moment, for every command, page and job: a date alone (ISO <c>2023-05-20</c>, ROC
/// <c>112.05.20</c> / <c>112/05/20</c>) means the end of that day (23:59:59); a date with a time
/// (<c>112/05/20 06:00</c>, <c>2023-05-20T06:00</c>) that minute, school time; an ISO moment with an offset
/// (<c>2023-05-19T22:00:00Z</c>, <c>…+08:00</c>) is converted to school time. Nothing given means now.
/// </summary>
public static class AsOf
{
    /// <summary>The moment, or a zh-TW reason it cannot be read.</summary>
    public static bool TryParse(string? text, Clock clock, out DateTime moment, out string? error)
    {
        error = null;
        moment = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            moment = clock.Now;
            return true;
        }
        var t = text.Trim();
        if (HasOffset(t) && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var offset))
        {
            moment = SchoolTime.FromUtc(offset);
            return Plausible(t, moment, out error);
        }
        var hasTime = t.Contains(':');
        if (!RocDate.TryParseDateTime(t, out moment, out error))
        {
            error = $"基準時間「{t}」無法辨識：{error}";
            return false;
        }
        if (!hasTime) moment = EndOfDay(DateOnly.FromDateTime(moment));
        return Plausible(t, moment, out error);
    }

    /// <summary>The last second of <paramref name="day"/>: a date-only as-of includes all of that day.</summary>
    public static DateTime EndOfDay(DateOnly day) => day.ToDateTime(new TimeOnly(23, 59, 59));

    public static DateTime Parse(string? text, Clock clock) =>
        TryParse(text, clock, out var moment, out var error) ? moment : throw new FormatException(error);

    // Portfolios began in 民國 103 (2014); a year outside 民國 1–200 is a typo, not a question worth a query.
    private static bool Plausible(string text, DateTime moment, out string? error)
    {
        error = moment.Year is < 1912 or > 2111 ? $"基準時間「{text}」超出可用範圍（應在民國 1–200 年之間）" : null;
        return error is null;
    }

    private static bool HasOffset(string t) =>
        t.EndsWith('Z') || t.EndsWith('z') || (t.Length > 6 && t[^6] is '+' or '-' && t[^3] == ':' && t.Contains('T'));
}
