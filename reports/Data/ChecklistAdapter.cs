using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Reports.Data;

/// <summary>The 執行檢核表 rows of the school year a semester belongs to, in the shape the self-check report lays out.</summary>
internal static class ChecklistAdapter
{
    public static IReadOnlyList<ChecklistLine> From(SchoolConfig school, Semester semester) =>
        school.ChecklistRows(semester.AcademicYear)
            .Select(r => new ChecklistLine(r.GradeGroup, r.Section, r.SectionTitle, r.Item, r.Title,
                string.Join("、", r.Units), string.Join("\n", r.DueText), r.PhaseIds))
            .ToList();
}
