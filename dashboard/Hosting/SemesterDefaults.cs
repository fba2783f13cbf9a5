using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Dashboard.Hosting;

/// <summary>The semester a page shows when the URL names none: today's, or the latest one with classes loaded.</summary>
public sealed class SemesterDefaults(IMetrics metrics, Clock clock)
{
    public Semester Current()
    {
        var today = Semester.Containing(DateOnly.FromDateTime(clock.Now));
        var loaded = metrics.Semesters();
        if (loaded.Count == 0 || loaded.Contains(today)) return today;
        var earlier = loaded.Where(s => s.CompareTo(today) <= 0).ToList();
        return earlier.Count > 0 ? earlier.Max() : loaded.Min();
    }

    public IReadOnlyList<Semester> Available()
    {
        var loaded = metrics.Semesters().ToHashSet();
        loaded.Add(Current());
        return loaded.OrderDescending().ToList();
    }
}
