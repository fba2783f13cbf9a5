using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Jobs;

/// <summary>
/// Freezes each phase's completion (per class, as of its deadline) once the deadline has passed, so a later
/// catch-up shows as late and never rewrites what the deadline saw.
/// </summary>
public sealed class Freezer(WarehouseGate warehouse, IMetricsSource metrics, SchoolConfig school, Clock clock)
{
    /// <summary>The phases around now: last, this and next semester.</summary>
    public IReadOnlyList<Phase> PhasesAround(DateTime now)
    {
        var current = Semester.Containing(DateOnly.FromDateTime(now));
        return new[] { current.Previous, current, current.Next }.SelectMany(metrics.Phases).DistinctBy(p => p.Id).ToList();
    }

    public IReadOnlyList<DateTime> UpcomingDeadlines(DateTime now) =>
        PhasesAround(now).Select(p => p.End).Where(e => e > now).Distinct().Order().ToList();

    public async Task<JobOutcome> FreezePassedAsync(long runId, CancellationToken ct)
    {
        var now = clock.Now;
        var frozen = warehouse.Query(Sql.Load("Jobs/freeze_done.sql"), r => r.GetString(0), ("school_code", school.Code)).ToHashSet();
        var due = PhasesAround(now).Where(p => p.End < now && !frozen.Contains(p.Id)).ToList();
        if (due.Count == 0) return new JobOutcome("沒有新截止的階段需要凍結");
        using var _ = await warehouse.WriteLockAsync(ct);
        var rows = 0;
        warehouse.InTransaction(c =>
        {
            foreach (var phase in due)
            {
                var byClass = metrics.Completion(new CompletionQuery(phase.Semester, phase.End, Breakdown.Class, phase.Id));
                // The school-wide row (no class) also marks the phase as frozen when it has no population.
                var total = new CompletionRow(phase.Id, phase.Title, null, null, null, null, null, null, null, null,
                    byClass.Sum(r => r.Population), byClass.Sum(r => r.Complete), byClass.Sum(r => r.Late),
                    byClass.Sum(r => r.Missing), byClass.Sum(r => r.Exempt));
                foreach (var r in byClass.Append(total))
                {
                    WarehouseGate.Execute(c, Sql.Load("Jobs/freeze_insert.sql"),
                        ("school_code", school.Code), ("semester", phase.Semester.ToString()), ("phase_id", phase.Id),
                        ("phase_title", phase.Title), ("deadline", phase.End), ("grade", r.Grade), ("class_code", r.ClassCode),
                        ("population", r.Population), ("complete", r.Complete), ("late", r.Late), ("missing", r.Missing),
                        ("exempt", r.Exempt), ("now", now), ("run_id", runId));
                    rows++;
                }
            }
        });
        return new JobOutcome($"已凍結 {due.Count} 個階段（{string.Join("、", due.Select(p => p.Title))}），共 {rows - due.Count} 班");
    }
}
