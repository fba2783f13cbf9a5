using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// The one definition of "a semester's phases and their neighbours": a phase about a semester's data, or one that
/// fills its school year's 執行檢核表, can be listed by that school year's two schedules or the one on either side
/// (課程計畫公告 in 110-2 for 111; 111-2 uploads certified in the 112-1 schedule).
/// </summary>
public static class SchoolYearPhases
{
    public static IReadOnlyList<Semester> Around(Semester semester)
    {
        var year = semester.AcademicYear;
        return [new Semester(year - 1, 2), new Semester(year, 1), new Semester(year, 2), new Semester(year + 1, 1)];
    }

    /// <summary>Every phase of <see cref="Around"/>'s schedules once, in schedule order.</summary>
    public static IReadOnlyList<Phase> Of(Func<Semester, IReadOnlyList<Phase>> phases, Semester semester) =>
        Around(semester).SelectMany(phases).DistinctBy(p => p.Id).ToList();
}
