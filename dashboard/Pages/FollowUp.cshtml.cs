using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>追蹤名單: lagging students, filterable by grade, class, phase and level; XLSX and parent letters.</summary>
public sealed class FollowUpModel(ILogger<FollowUpModel> log) : DashboardPage
{
    public static IReadOnlyList<(string Value, string Label)> Levels { get; } = [("warning", "警示"), ("reminder", "提醒")];

    protected override IReadOnlyList<(string Value, string Label)> StatusOptions => Levels;

    public DataTable Table { get; private set; } = null!;

    /// <summary>A 導師's class when they lead exactly one (their letters need no class chosen).</summary>
    public string? OwnClass => Me.Role == Role.Tutor && Metrics.Scope.Classes is { Count: 1 } classes ? classes.First() : null;
    public IReadOnlyList<StudentRiskRow> Rows { get; private set; } = [];

    public IActionResult OnGet()
    {
        Rows = Load();
        Table = FollowUpTable.Build("追蹤名單", Rows, r => Href("/Students", ("class", r.ClassCode), ("status", "missing")));
        return ExportIfAsked(Table) ?? Page();
    }

    /// <summary>家長通知 as PDF for one class (a 導師 only for their own).</summary>
    public async Task<IActionResult> OnGetLettersAsync()
    {
        ClassCode ??= OwnClass;
        if (ClassCode is null && Me.Role == Role.Tutor) return BadRequest("請先選擇班級");
        if (!Metrics.Scope.SeesClass(ClassCode)) return Forbid();
        try
        {
            // Every filter of the page narrows the letters exactly as it narrows the table.
            var request = new ReportRequest(Semester, AsOf, ClassCode)
            {
                Grade = Grade, PhaseId = PhaseId,
                Level = Status switch { "warning" => RiskLevel.Warning, "reminder" => RiskLevel.Reminder, _ => null },
            };
            var pdf = await School.Reports.RenderAsync(ReportKind.Letters, request, ReportFormat.Pdf);
            return File(pdf, "application/pdf", $"家長通知-{Semester}{(ClassCode is null ? "" : "-" + ClassCode)}.pdf");
        }
        catch (ReportException e)
        {
            return Content(e.Message, "text/plain; charset=utf-8");
        }
        catch (Exception e)
        {
            log.LogError(e, "Parent letters failed");
            return Content("產生家長通知單時發生錯誤，已記錄於系統日誌。", "text/plain; charset=utf-8");
        }
    }

    private IReadOnlyList<StudentRiskRow> Load()
    {
        var rows = Metrics.Risk(new CompletionQuery(Semester, AsOf, Breakdown.Student, PhaseId, Grade, ClassCode));
        return rows
            .Where(r => Status switch { "warning" => r.Level == RiskLevel.Warning, "reminder" => r.Level == RiskLevel.Reminder, _ => r.Level != RiskLevel.Normal })
            .Where(r => PhaseId is null || r.Lagging.Any(l => l.PhaseId == PhaseId))
            .OrderByDescending(r => r.Level).ThenBy(r => r.ClassCode).ThenBy(r => r.StudentNo)
            .ToList();
    }
}
