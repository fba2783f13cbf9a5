using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>The phases the demo follows: given ones, else the school's resolved schedule, else the built-in 靜心 table.</summary>
internal static class DemoSchedule
{
    public static (IReadOnlyList<Phase> Phases, string Source) Resolve(DemoOptions options, SchoolConfig school)
    {
        if (options.Phases is { } given) return (given, "指定的作業階段");
        var resolved = new[] { new Semester(options.AcademicYear, 1), new Semester(options.AcademicYear, 2) }
            .SelectMany(s => ScheduleResolver.Resolve(school, s))
            .DistinctBy(p => p.Id)
            .ToList();
        return resolved.Count > 0
            ? (resolved, $"{school.Name} 作業日程表")
            : (BuiltInSchedule.Jingxin111(), "內建靜心高中 111 學年度作業日程表");
    }
}
