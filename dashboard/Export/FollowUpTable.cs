using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Export;

/// <summary>The follow-up list as a table: the 追蹤名單 page and the weekly outbox files share it.</summary>
public static class FollowUpTable
{
    public static DataTable Build(string title, IReadOnlyList<StudentRiskRow> rows, Func<StudentRiskRow, string?>? studentHref = null) =>
        new("followup", title, ["學號", "姓名", "年級", "班級", "導師", "等級", "等級原因", "落後階段", "待辦事項", "最早截止"],
            rows.Select(r => (IReadOnlyList<Cell>)
            [
                new Cell(r.StudentNo, studentHref?.Invoke(r)),
                new Cell(r.StudentName, Css: "name"), new Cell($"{r.Grade}", Value: r.Grade), r.ClassCode,
                new Cell(r.TutorName ?? "", Css: "name"),
                new Cell(r.Level.ToChinese(), Css: r.Level switch { RiskLevel.Warning => "tag warn", RiskLevel.Reminder => "tag remind", _ => "tag" }),
                r.Level == RiskLevel.Normal ? "僅有即將截止的階段" : string.Join("；", r.Reasons),
                string.Join("、", r.Lagging.Select(l => $"{l.PhaseTitle}（{l.Status.ToChinese()}）")),
                string.Join("；", r.Lagging.Select(l => l.Missing).Where(m => m.Length > 0).Distinct()),
                r.Lagging.Count == 0 ? "" : Fmt.Date(r.Lagging.Min(l => l.Deadline)),
            ]).ToList())
        {
            GroupColumn = 3,
            Note = $"共 {Fmt.N(rows.Count)} 人（警示 {Fmt.N(rows.Count(r => r.Level == RiskLevel.Warning))}、提醒 {Fmt.N(rows.Count(r => r.Level == RiskLevel.Reminder))}）。",
        };
}
