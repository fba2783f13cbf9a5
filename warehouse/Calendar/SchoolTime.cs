namespace PortfolioAnalytics.Warehouse.Calendar;

/// <summary>
/// The schools' time zone, stated once: every moment the product stores, compares or shows is local time in
/// Asia/Taipei (no daylight saving), whatever the server's own zone is.
/// </summary>
public static class SchoolTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>Now in Taiwan, read from <paramref name="time"/> (the system clock by default).</summary>
    public static DateTime Now(TimeProvider? time = null) =>
        FromUtc((time ?? TimeProvider.System).GetUtcNow());

    public static DateTime FromUtc(DateTimeOffset moment) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(moment, Zone).DateTime, DateTimeKind.Unspecified);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // A machine without tzdata: Taiwan has kept UTC+8 without daylight saving since 1979.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Taipei", TimeSpan.FromHours(8), "台北標準時間", "台北標準時間");
        }
    }
}
