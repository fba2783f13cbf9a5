using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Reports.Charts;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>One phase: progress over time against the deadline, grade × class heatmap, drill-down to a class.</summary>
public sealed class PhaseModel : DashboardPage
{
    public Phase? Phase { get; private set; }
    public CompletionRow Total { get; private set; } = null!;
    public IReadOnlyList<CompletionRow> ByClass { get; private set; } = [];
    public DataTable ClassTable { get; private set; } = null!;
    public DataTable? StudentTable { get; private set; }

    public IActionResult OnGet()
    {
        var phases = Phases();
        Phase = UnknownPhase is null ? phases.FirstOrDefault(p => p.Id == PhaseId) ?? phases.FirstOrDefault() : null;
        if (Phase is null)
        {
            if (UnknownPhase is null) Problems.Add("找不到此階段，請從總覽選擇。");
            ClassTable = new DataTable("classes", "各班完成情形", [], []);
            Total = new CompletionRow("", "", null, null, null, null, null, null, null, null, 0, 0, 0, 0, 0);
            return Page();
        }
        var query = new CompletionQuery(Semester, AsOf, Breakdown.Class, Phase.Id, Grade, ClassCode);
        ByClass = Metrics.Completion(query).OrderBy(r => r.Grade).ThenBy(r => r.ClassCode).ToList();
        // The phase's own total (not a sum of classes): a unit task or an attested item has no class.
        Total = Metrics.Completion(query with { By = Breakdown.Phase }).FirstOrDefault()
                ?? new CompletionRow(Phase.Id, Phase.Title, null, null, null, null, null, null, null, null, 0, 0, 0, 0, 0);

        ClassTable = new DataTable("classes", "各班完成情形", ["年級", "班級", "導師", "應完成", "準時完成", "逾期完成", "未完成", CompletionCounts.OnTimeLabel, CompletionCounts.WithLateLabel],
            ByClass.Select(r => (IReadOnlyList<Cell>)
            [
                new Cell($"{r.Grade}", Value: r.Grade), new Cell(r.ClassCode ?? "", Href("/Phase", ("phase", Phase.Id), ("class", r.ClassCode))),
                r.TutorName ?? "",
                Cell.Number(r.Population, ClassStudents(r.ClassCode, "due")),
                Cell.Number(r.Complete, ClassStudents(r.ClassCode, "ontime")),
                Cell.Number(r.Late, ClassStudents(r.ClassCode, "late")),
                Cell.Number(r.Missing, ClassStudents(r.ClassCode, "missing")),
                new Cell(r.Counts.OnTimeText, Value: r.Counts.OnTimeRate),
                new Cell(r.Counts.WithLateText, Value: r.Counts.WithLateRate),
            ]).ToList())
        { Note = CompletionCounts.RatesNote };
        if (ClassCode is not null)
            StudentTable = StudentsModel.StudentTable("students", $"{ClassCode} 班學生", Metrics.Students(query with { By = Breakdown.Student })
                .OrderBy(s => s.SeatNo).ThenBy(s => s.StudentNo).ToList());
        return ExportIfAsked([ClassTable, .. StudentTable is null ? Array.Empty<DataTable>() : [StudentTable]]) ?? Page();
    }

    /// <summary>The reports' ScottPlot chart of cumulative completions to the as-of day with the deadline, as SVG (kept until the next write).</summary>
    public string ProgressSvg() => School.Metrics.Get(
        ("phase-progress-svg", Phase!.Id, Semester, AsOf, Grade, ClassCode, Me.Role, Me.StaffNo), () =>
        {
            var points = Metrics.Progress(new CompletionQuery(Semester, AsOf, Breakdown.Phase, Phase.Id, Grade, ClassCode));
            return ReportCharts.ToSvg(ReportCharts.PhaseProgress($"{Phase.Title}：累計完成", points, Phase.End, State(Phase, Total.Counts),
                PhaseUnit(Phase)), 900, 380);
        });

    /// <summary>Whether the phase's counts have members to list (students, or artifacts for certification).</summary>
    public bool HasMembers => Phase is not null && CompletionMetrics.MemberKinds.Contains(Phase.Kind) && OpensStudents;

    /// <summary>Whether the user may open the student lists the counts lead to (the bureau may not).</summary>
    private bool OpensStudents => Security.PageAccess.Allows(Security.PageAccess.Students, Me.Role);

    public string? ClassStudents(string? classCode, string? status) => !OpensStudents ? null :
        Href("/Students", ("phase", Phase!.Id), ("class", classCode), ("status", status));

    /// <summary>Grade → (class → row) for the heatmap.</summary>
    public IReadOnlyList<(int Grade, IReadOnlyList<CompletionRow> Classes)> Heatmap() =>
        ByClass.GroupBy(r => r.Grade ?? 0).OrderBy(g => g.Key).Select(g => (g.Key, (IReadOnlyList<CompletionRow>)g.ToList())).ToList();
}
