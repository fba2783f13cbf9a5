using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Reports.Charts;
using PortfolioAnalytics.Warehouse.People;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>教師認證: each course teacher's backlog, days waiting and on-time rate (a 任課教師 sees only their own).</summary>
public sealed class TeachersModel(WarehouseGate warehouse, SchoolConfig school) : DashboardPage
{
    public DataTable? Backlog { get; private set; }

    public IReadOnlyList<TeacherCertificationRow> Rows { get; private set; } = [];

    /// <summary>The reports' backlog chart (top 20 teachers by backlog) as SVG, kept until the next write.</summary>
    public string BacklogSvg() => Service<CachedMetrics>().Get(("backlog-svg", Semester, AsOf, Me.Role, Me.StaffNo), () =>
        ReportCharts.ToSvg(ReportCharts.CertificationBacklog("各教師認證進度（待認證多者在上）",
            Rows.Select(r => new BacklogBar(r.TeacherName, r.OnTime, r.Late, r.Pending)).ToList()), 900, 120 + 30 * Math.Min(20, Rows.Count)));
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
                Cell.Number(r.Pending, Href("/Teachers", ("teacher", r.TeacherStaffNo))),
                new Cell(Fmt.Days(r.MedianDays), Value: r.MedianDays),
                new Cell(r.OldestPendingDays is { } d ? $"{d} 天" : "—", Value: r.OldestPendingDays),
                new Cell(Fmt.Ratio(r.OnTime, r.Total), Value: Fmt.Rate(r.OnTime, r.Total)),
            ]).ToList())
        { Note = "準時率＝在認證階段截止前完成認證的件數／上傳件數；待認證可點入查看學生。" };
        // The drill-down: a 任課教師 only ever gets their own backlog, whatever the URL says.
        var teacher = Me.Role == Role.Teacher ? Me.StaffNo : Teacher;
        if (teacher is not null && Rows.Any(r => r.TeacherStaffNo == teacher))
        {
            var name = Rows.First(r => r.TeacherStaffNo == teacher).TeacherName;
            var pending = Service<CachedMetrics>().Get(("backlog", Semester, AsOf, teacher), () => warehouse.Query(Data.Sql.Load("Pages/teacher_backlog.sql"), r => (IReadOnlyList<Cell>)
            [
                r.GetString(0), r.IsDBNull(1) ? "" : r.GetString(1), NationalId.Mask(r.IsDBNull(2) ? null : r.GetString(2)),
                r.IsDBNull(3) ? "" : r.GetString(3), r.IsDBNull(4) ? "" : new Cell(r.GetInt32(4).ToString(Fmt.Culture), Value: r.GetInt32(4)),
                r.IsDBNull(5) ? "" : r.GetString(5), new Cell(Fmt.DateTime(r.GetDateTime(6)), Value: r.GetDateTime(6)),
                Cell.Number(r.GetInt64(7)),
            ], ("school", school.Code), ("semester", Semester.ToString()), ("asof", AsOf), ("teacher", teacher)));
            Backlog = new DataTable("backlog", $"{name} 待認證的課程學習成果", ["學號", "姓名", "身分證號", "班級", "座號", "科目", "上傳時間", "已等待（天）"], pending)
            { Note = $"共 {Fmt.N(pending.Count)} 件；身分證號已遮蔽。" };
        }
        return ExportIfAsked([Table, .. Backlog is null ? Array.Empty<DataTable>() : [Backlog]]) ?? Page();
    }
}
