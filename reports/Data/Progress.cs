using PortfolioAnalytics.Reports.Charts;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Reports.Data;

/// <summary>A phase (run during <c>semester</c>) sampled over time, one metrics query per sample.</summary>
internal static class Progress
{
    public static IReadOnlyList<ProgressPoint> Series(IMetrics data, Semester semester, Phase phase, DateTime asOf, int samples)
    {
        var from = phase.Start;
        var to = Min(asOf, phase.End.AddDays(14));
        if (to <= from) return [];
        var points = new List<ProgressPoint>();
        for (var i = 0; i < samples; i++)
        {
            var at = from + (to - from) * i / Math.Max(1, samples - 1);
            var row = data.Completion(new CompletionQuery(semester, at, Breakdown.Phase, PhaseId: phase.Id))
                .FirstOrDefault(r => r.PhaseId == phase.Id);
            if (row is null) continue;
            // Late work done before `at` counts as done on the curve: the curve shows when things happened.
            points.Add(new ProgressPoint(at, row.Complete + row.Late, row.Population));
        }
        return points;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
