namespace PortfolioAnalytics.Warehouse.Calendar;

/// <summary>
/// "Now" for the whole product (as-of defaults, 產製時間, letters' dates, attestations, jobs), in school time
/// (<see cref="SchoolTime"/>). Injected everywhere; tests and the demo give their own.
/// </summary>
public sealed class Clock(Func<DateTime>? now = null)
{
    public static readonly Clock System = new();

    public DateTime Now => now?.Invoke() ?? SchoolTime.Now();

    /// <summary>A clock that starts at <paramref name="start"/> (school time) and runs on from there (the demo's).</summary>
    public static Clock RunningFrom(DateTime start)
    {
        var started = TimeProvider.System.GetTimestamp();
        return new Clock(() => start + TimeProvider.System.GetElapsedTime(started));
    }

    /// <summary>A clock that always says <paramref name="moment"/>.</summary>
    public static Clock Fixed(DateTime moment) => new(() => moment);
}
