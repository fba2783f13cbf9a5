using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>總覽: each phase of the semester against its deadline, and what needs attention this week.</summary>
public sealed class IndexModel : DashboardPage
{
    public IReadOnlyList<(Phase Phase, CompletionRow Row)> Rows { get; private set; } = [];

    /// <summary>all=1: also the phases with nobody in the user's view (a 導師 has no unit task to do).</summary>
    [BindProperty(SupportsGet = true, Name = "all")] public bool ShowAll { get; set; }

    /// <summary>Phases left out of a scoped user's overview because nothing in them is theirs (0/0).</summary>
    public int Hidden { get; private set; }
    public DataTable Table { get; private set; } = null!;
    public IReadOnlyList<(Phase Phase, CompletionRow Row, string Why)> Attention { get; private set; } = [];

    /// <summary>The cards: phases open now, ending within a month or ended in the last two weeks (all when none is).</summary>
    public IReadOnlyList<(Phase Phase, CompletionRow Row)> Current { get; private set; } = [];

    public IActionResult OnGet()
    {
        var phases = Phases();
        var rows = Metrics.Completion(new CompletionQuery(Semester, AsOf, Breakdown.Phase))
            .ToDictionary(r => r.PhaseId);
        Rows = phases.Select(p => (p, rows.GetValueOrDefault(p.Id) ?? Empty(p))).ToList();
        if (!Metrics.Scope.Unrestricted && !ShowAll)
        {
            var shown = Rows.Where(x => x.Row.Population > 0 || x.Row.Exempt > 0).ToList();
            Hidden = Rows.Count - shown.Count;
            Rows = shown;
        }
        Table = new DataTable("phases", "各階段完成情形", ["階段", "期間", "負責單位", "狀態", "應完成", "準時完成", "逾期完成", "未完成", CompletionCounts.OnTimeLabel, CompletionCounts.WithLateLabel],
            Rows.Select(x => (IReadOnlyList<Cell>)
            [
                new Cell(x.Phase.Title, Href("/Phase", ("phase", x.Phase.Id))),
                $"{Fmt.Date(x.Phase.Start)}～{Fmt.Date(x.Phase.End)}",
                string.Join("、", x.Phase.ResponsibleUnits),
                PhaseState(x.Phase),
                Cell.Number(x.Row.Population, StudentsHref(x.Phase, "due")),
                Cell.Number(x.Row.Complete, StudentsHref(x.Phase, "ontime")),
                Cell.Number(x.Row.Late, StudentsHref(x.Phase, "late")),
                Cell.Number(x.Row.Missing, StudentsHref(x.Phase, "missing")),
                new Cell(x.Row.Counts.OnTimeText, Value: x.Row.Counts.OnTimeRate),
                new Cell(x.Row.Counts.WithLateText, Value: x.Row.Counts.WithLateRate),
            ]).ToList())
        { Note = CompletionCounts.RatesNote + "教師認證以件數計，單位作業以項數計，其餘以人數計。" };

        Current = Rows.Where(x => x.Phase.Start <= AsOf.AddDays(30) && x.Phase.End >= AsOf.AddDays(-14)).ToList();
        if (Current.Count == 0) Current = Rows;
        var weekEnd = AsOf.AddDays(7);
        Attention = Rows
            .Where(x => x.Row.Missing > 0 && x.Phase.Start <= weekEnd && (x.Phase.End >= AsOf.AddDays(-14)))
            .Select(x => (x.Phase, x.Row, x.Phase.End < AsOf
                ? $"已於 {Fmt.Date(x.Phase.End)} 截止，仍有 {Fmt.N(x.Row.Missing)} 人未完成"
                : $"將於 {Fmt.Date(x.Phase.End)} 截止（剩 {Math.Max(0, (x.Phase.End.Date - AsOf.Date).Days)} 天），尚有 {Fmt.N(x.Row.Missing)} 人未完成"))
            .OrderBy(x => x.Phase.End)
            .ToList();
        return ExportIfAsked(Table) ?? Page();
    }

    /// <summary>The list behind a count; a unit task or an attested item is one thing, with no list of members.</summary>
    public string? StudentsHref(Phase phase, string? status) =>
        CompletionMetrics.MemberKinds.Contains(phase.Kind) && Security.PageAccess.Allows(Security.PageAccess.Students, Me.Role) ? Href("/Students", ("phase", phase.Id), ("status", status)) : null;

    private static CompletionRow Empty(Phase p) => new(p.Id, p.Title, null, null, null, null, null, null, null, null, 0, 0, 0, 0, 0);
}
