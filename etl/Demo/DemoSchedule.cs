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
        try
        {
            var resolved = new[] { new Semester(options.AcademicYear, 1), new Semester(options.AcademicYear, 2) }
                .SelectMany(s => ScheduleResolver.Resolve(school, s))
                .DistinctBy(p => p.Id)
                .ToList();
            if (resolved.Count > 0) return (resolved, $"{school.Name} {options.AcademicYear} 學年度作業日程表（{resolved.Count} 個階段）");
            return (BuiltInSchedule.Jingxin111(), $"{school.Name} 未設定 {options.AcademicYear} 學年度作業日程表，改用內建的靜心高中 111 學年度日程");
        }
        catch (SchoolConfigException e)
        {
            return (BuiltInSchedule.Jingxin111(), $"{school.Name} 的作業日程表無法換算（{e.Message}），改用內建的靜心高中 111 學年度日程");
        }
    }
}
