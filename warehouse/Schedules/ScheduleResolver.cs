using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Warehouse.Schedules;

/// <summary>Turns a school's schedule (absolute or event-relative windows) into phases. STUB until config lands.</summary>
public static class ScheduleResolver
{
    /// <summary>Every phase the school runs during <paramref name="semester"/> (whatever data semester it concerns).</summary>
    public static IReadOnlyList<Phase> Resolve(SchoolConfig school, Semester semester) => [];
}
