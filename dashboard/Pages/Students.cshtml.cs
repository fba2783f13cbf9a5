using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>The students behind any count: a phase, optionally a grade, class or teacher, and a status.</summary>
public sealed class StudentsModel : DashboardPage
{
    public DataTable Table { get; private set; } = null!;
    public string Heading { get; private set; } = "";

    public IActionResult OnGet()
    {
        var rows = Metrics.Students(new CompletionQuery(Semester, AsOf, Breakdown.Student, PhaseId, Grade, ClassCode, TeacherStaffNo: Teacher))
            .Where(r => StatusFilter.Matches(Status, r.Status))
            .OrderBy(r => r.ClassCode).ThenBy(r => r.SeatNo).ThenBy(r => r.StudentNo).ThenBy(r => r.PhaseId)
            .ToList();
        var phase = PhaseId is null ? null : Phases().FirstOrDefault(p => p.Id == PhaseId);
        Heading = string.Join("・", new[]
        {
            phase?.Title ?? (PhaseId is null ? "所有階段" : PhaseId),
            Grade is { } g ? $"{g} 年級" : null,
            ClassCode is { } c ? $"{c} 班" : null,
            Teacher is { } t ? $"教師 {t}" : null,
            StatusFilter.Label(Status),
        }.OfType<string>());
        Table = StudentTable("students", $"學生名單：{Heading}", rows);
        return ExportIfAsked(Table) ?? Page();
    }

    /// <summary>The members listed: students, or for a certification phase each artifact with its subject and teacher.</summary>
    public static DataTable StudentTable(string key, string title, IReadOnlyList<StudentPhaseRow> rows)
    {
        var artifacts = rows.Any(r => r.ItemId is not null);
        IReadOnlyList<string> headers = ["學號", "姓名", "身分證號", "年級", "班級", "座號", "導師", "階段", "截止", "狀態", "完成時間", "待辦事項"];
        if (artifacts) headers = [.. headers, "科目", "任課教師", "上傳時間"];
        return new(key, title, headers, rows.Select(r => (IReadOnlyList<Cell>)
            [
                .. Cells(r),
                .. artifacts ? [r.Subject ?? "", new Cell(r.TeacherName ?? r.TeacherStaffNo ?? "", Css: "name"),
                    r.UploadedAt is { } u ? new Cell(Fmt.DateTime(u), Value: u) : ""] : Array.Empty<Cell>(),
            ]).ToList())
        { Note = $"共 {Fmt.N(rows.Count)} {(artifacts ? "件" : "筆")}；身分證號已遮蔽。", GroupColumn = 4 };
    }

    private static IReadOnlyList<Cell> Cells(StudentPhaseRow r) =>
            [
                r.StudentNo, new Cell(r.StudentName, Css: "name"), r.MaskedNationalId, new Cell(r.Grade.ToString(Fmt.Culture), Value: r.Grade), r.ClassCode,
                r.SeatNo is { } s ? new Cell(s.ToString(Fmt.Culture), Value: s) : "",
                new Cell(r.TutorName ?? "", Css: "name"), r.PhaseTitle, Fmt.Date(r.Deadline),
                new Cell(r.Status.ToChinese(), Css: r.Status switch { PhaseStatus.Overdue => "tag warn", PhaseStatus.OnTime => "tag done", _ => null }),
                r.DoneAt is { } d ? new Cell(Fmt.DateTime(d), Value: d) : "",
                r.Missing,
            ];
}
