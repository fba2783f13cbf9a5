using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Dashboard.Hosting;

/// <summary>The semester a page shows when the URL names none: today's, or the latest one with classes loaded.</summary>
public sealed class SemesterDefaults(WarehouseGate warehouse, Clock clock)
{
    public Semester Current()
    {
        var today = Semester.Containing(DateOnly.FromDateTime(clock.Now));
        var loaded = warehouse.Query(Sql.Load("Hosting/semesters_loaded.sql"), r => r.GetString(0))
            .Select(s => Semester.TryParse(s, out var x) ? x : (Semester?)null).OfType<Semester>().ToList();
        if (loaded.Count == 0 || loaded.Contains(today)) return today;
        var earlier = loaded.Where(s => s.CompareTo(today) <= 0).ToList();
        return earlier.Count > 0 ? earlier.Max() : loaded.Min();
    }

    public IReadOnlyList<Semester> Available()
    {
        var loaded = warehouse.Query(Sql.Load("Hosting/semesters_loaded.sql"), r => r.GetString(0))
            .Select(s => Semester.TryParse(s, out var x) ? x : (Semester?)null).OfType<Semester>().ToHashSet();
        loaded.Add(Current());
        return loaded.OrderDescending().ToList();
    }
}
