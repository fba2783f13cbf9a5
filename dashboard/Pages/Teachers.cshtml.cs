using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>教師認證: each course teacher's backlog, days waiting and on-time rate (a 任課教師 sees only their own).</summary>
public sealed class TeachersModel : DashboardPage
{
    public IReadOnlyList<TeacherCertificationRow> Rows { get; private set; } = [];
    public DataTable Table { get; private set; } = null!;
    public Phase? CertificationPhase { get; private set; }

    public IActionResult OnGet()
    {
        CertificationPhase = Phases().FirstOrDefault(p => p.Kind == PhaseKind.Certification);
        Rows = Metrics.TeacherCertifications(Semester, AsOf)
            .OrderByDescending(r => r.Pending).ThenByDescending(r => r.OldestPendingDays).ThenBy(r => r.TeacherStaffNo).ToList();
        Table = new DataTable("teachers", "教師認證進度", ["教師", "單位", "上傳件數", "準時認證", "逾期認證", "待認證", "認證天數（中位數）", "最久等待", "準時率"],
            Rows.Select(r => (IReadOnlyList<Cell>)
            [
                r.TeacherName, r.Unit, Cell.Number(r.Total),
                Cell.Number(r.OnTime), Cell.Number(r.Late),
                Cell.Number(r.Pending, Backlog(r.TeacherStaffNo)),
                new Cell(Fmt.Days(r.MedianDays), Value: r.MedianDays),
                new Cell(r.OldestPendingDays is { } d ? $"{d} 天" : "—", Value: r.OldestPendingDays),
                new Cell(Fmt.Ratio(r.OnTime, r.Total), Value: Fmt.Rate(r.OnTime, r.Total)),
            ]).ToList())
        { Note = "準時率＝在認證階段截止前完成認證的件數／上傳件數；待認證可點入查看學生。" };
        return ExportIfAsked(Table) ?? Page();
    }

    public string? Backlog(string teacher) => CertificationPhase is null ? null
        : Href("/Students", ("phase", CertificationPhase.Id), ("teacher", teacher), ("status", "missing"));
}
