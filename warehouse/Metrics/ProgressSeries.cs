using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// Accumulates Progress.sql's completions per day into one point per day from the window's start to the as-of day.
/// Work done before the window opened counts on its first day; nothing is dropped, so the last point holds every
/// completion of the phase's counts.
/// </summary>
internal static class ProgressSeries
{
    public static IReadOnlyList<ProgressPoint> Of(Phase phase, DateTime asOf, long population,
        IReadOnlyList<(DateTime Day, long OnTime, long Late)> days)
    {
        var first = phase.Start.Date;
        var last = asOf.Date;
        if (last < first) return [];
        var points = new List<ProgressPoint>((last - first).Days + 1);
        long onTime = 0, late = 0;
        var i = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            for (; i < days.Count && (days[i].Day <= day || day == last); i++)
            {
                onTime += days[i].OnTime;
                late += days[i].Late;
            }
            points.Add(new ProgressPoint(phase.Id, day, onTime, late, population));
        }
        return points;
    }
}
