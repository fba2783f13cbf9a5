using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Reports.Charts;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>
/// 教師認證: each course teacher's artifacts per certification phase — the same counts as the phase page and
/// <c>portfolio completion --by teacher</c> — with days waiting; each count lists exactly its artifacts. A 任課教師
/// sees only their own.
/// </summary>
public sealed class TeachersModel : DashboardPage
{
    public DataTable? Backlog { get; private set; }

    public IReadOnlyList<TeacherCertificationRow> Rows { get; private set; } = [];

    public IReadOnlyList<Phase> CertificationPhases { get; private set; } = [];

    public CompletionCounts Total => CompletionCounts.Sum(Rows.Select(r => r.Counts));

    /// <summary>The reports' backlog chart (top 20 teachers by backlog) as SVG, kept until the next write.</summary>
    public string BacklogSvg() => School.Metrics.Get(("backlog-svg", Semester, AsOf, PhaseId, Me.Role, Me.StaffNo), () =>
        ReportCharts.ToSvg(ReportCharts.CertificationBacklog("各教師認證進度（待認證多者在上）",
            Rows.GroupBy(r => (r.TeacherStaffNo, r.TeacherName))
                .Select(g => new BacklogBar(g.Key.TeacherName, g.Sum(r => r.Complete), g.Sum(r => r.Late), g.Sum(r => r.Missing)))
                .OrderByDescending(b => b.Pending).ToList(), BacklogState()), 900, ReportCharts.BacklogHeight(Rows.Select(r => r.TeacherStaffNo).Distinct().Count())));

    public DataTable Table { get; private set; } = null!;

    /// <summary>The state of the certification work shown: the worst of its phases (one phase when filtered).</summary>
    private DeadlineState BacklogState()
    {
        var states = CertificationPhases.Where(p => PhaseId is null || p.Id == PhaseId)
            .Select(p => State(p, CompletionCounts.Sum(Rows.Where(r => r.PhaseId == p.Id).Select(r => r.Counts)))).ToList();
        DeadlineState[] worstFirst = [DeadlineState.Overdue, DeadlineState.DueSoon, DeadlineState.NotYetDue, DeadlineState.Done];
        return worstFirst.FirstOrDefault(states.Contains, DeadlineState.NotYetDue);
    }

    public IActionResult OnGet()
    {
        CertificationPhases = Phases().Where(p => p.Kind == PhaseKind.Certification).ToList();
        Rows = Metrics.TeacherCertifications(new CompletionQuery(Semester, AsOf, Breakdown.Teacher, PhaseId))
            .OrderByDescending(r => r.Missing).ThenByDescending(r => r.OldestPendingDays).ThenBy(r => r.TeacherStaffNo).ToList();
        Table = new DataTable("teachers", "教師認證進度（件數）",
            ["教師", "單位", "認證階段", "應認證", "準時認證", "逾期認證", "待認證", "認證天數（中位數）", "最久等待",
             CompletionCounts.OnTimeLabel, CompletionCounts.WithLateLabel],
            Rows.Select(r => (IReadOnlyList<Cell>)
            [
                r.TeacherName, r.Unit, new Cell(r.PhaseTitle, Href("/Phase", ("phase", r.PhaseId))),
                Cell.Number(r.Population, Items(r, "due")),
                Cell.Number(r.Complete, Items(r, "ontime")), Cell.Number(r.Late, Items(r, "late")),
                Cell.Number(r.Missing, Items(r, "missing")),
                new Cell(Fmt.Days(r.MedianDays), Value: r.MedianDays),
                new Cell(r.OldestPendingDays is { } d ? $"{d} 天" : "—", Value: r.OldestPendingDays),
                new Cell(r.Counts.OnTimeText, Value: r.Counts.OnTimeRate),
                new Cell(r.Counts.WithLateText, Value: r.Counts.WithLateRate),
            ]).ToList())
        { Note = CompletionCounts.RatesNote + "應認證＝認證階段所認證之上傳階段內、應辦年級學生上傳的課程學習成果件數；數字可點入查看明細。" };
        // The drill-down, on this page for every role: a teacher's artifacts in the phase with the status asked (待認證
        // by default). A 任課教師 only ever gets their own, whatever the URL says.
        var teacher = Me.Role == Role.Teacher ? Me.StaffNo : Teacher;
        if (Teacher is not null && Me.Role != Role.Teacher && Rows.All(r => r.TeacherStaffNo != Teacher))
            Problems.Add($"教師「{Teacher}」在{Semester.ToChinese()}{(PhaseId is null ? "" : "此階段")}沒有待認證或已認證的課程學習成果，沒有明細可列。");
        if (teacher is not null && Rows.Any(r => r.TeacherStaffNo == teacher))
        {
            var name = Rows.First(r => r.TeacherStaffNo == teacher).TeacherName;
            var status = Status ?? "missing";
            var items = Metrics.Students(new CompletionQuery(Semester, AsOf, Breakdown.Student, PhaseId, TeacherStaffNo: teacher))
                .Where(r => r.ItemId is not null && StatusFilter.Matches(status, r.Status))
                .OrderBy(r => r.UploadedAt).ThenBy(r => r.StudentNo).ToList();
            Backlog = StudentsModel.StudentTable("items", $"{name} {(status == "missing" ? "待認證" : StatusFilter.Label(status))}的課程學習成果", items);
        }
        return ExportIfAsked([Table, .. Backlog is null ? Array.Empty<DataTable>() : [Backlog]]) ?? Page();
    }

    /// <summary>The artifacts behind one count (listed on this page): the phase's members under this teacher with that status.</summary>
    private string Items(TeacherCertificationRow r, string? status) =>
        Href("/Teachers", ("phase", r.PhaseId), ("teacher", r.TeacherStaffNo), ("status", status));
}
