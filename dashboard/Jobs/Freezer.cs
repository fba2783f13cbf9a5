using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Dashboard.Jobs;

/// <summary>
/// Freezes each phase's completion as of its deadline once the deadline has passed (CompletionMetrics.Freeze), so a
/// later catch-up shows as late and never rewrites what the deadline saw. Already-frozen phases are left alone.
/// </summary>
public sealed class Freezer(WarehouseGate warehouse, IMetrics metrics, Clock clock)
{
    /// <summary>The phases around now (<see cref="SchoolYearPhases"/> of the current semester).</summary>
    public IReadOnlyList<Phase> PhasesAround(DateTime now) =>
        SchoolYearPhases.Of(metrics.Phases, Semester.Containing(DateOnly.FromDateTime(now)));

    public IReadOnlyList<DateTime> UpcomingDeadlines(DateTime now) =>
        PhasesAround(now).Select(p => p.End).Where(e => e > now).Distinct().Order().ToList();

    public async Task<JobOutcome> FreezePassedAsync(CancellationToken ct)
    {
        var now = clock.Now;
        var passed = PhasesAround(now).Where(p => p.End < now).ToList();
        if (passed.Count == 0) return new JobOutcome("沒有已截止的階段");
        using var _ = await warehouse.WriteLockAsync(ct);
        var frozen = passed.Where(p => metrics.Freeze(p, now)).ToList();
        return new JobOutcome(frozen.Count == 0
            ? $"沒有新截止的階段需要凍結（已截止 {passed.Count} 個階段皆已凍結）"
            : $"已凍結 {frozen.Count} 個階段截止時的完成情形：{string.Join("、", frozen.Select(p => p.Title))}");
    }
}
