namespace PortfolioAnalytics.Dashboard.Hosting;

/// <summary>"Now" for the whole host: as-of defaults, attestations, jobs.</summary>
public sealed class Clock(Func<DateTime>? now = null)
{
    public DateTime Now => now?.Invoke() ?? DateTime.Now;
}
