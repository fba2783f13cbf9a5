using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>行政檢核: attest manual checklist items (date, note, attendance, evidence link), kept in the warehouse.</summary>
public sealed class AttestModel(ILogger<AttestModel> log) : DashboardPage
{
    [BindProperty] public string? FormPhase { get; set; }
    [BindProperty] public string? DoneOn { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int? Attendance { get; set; }
    [BindProperty] public string? Evidence { get; set; }
    [TempData] public string? Saved { get; set; }

    public IReadOnlyList<Phase> Items { get; private set; } = [];
    public DataTable Table { get; private set; } = null!;
    public List<string> Errors { get; } = [];

    public IActionResult OnGet()
    {
        Build();
        return ExportIfAsked(Table) ?? Page();
    }

    public IActionResult OnPost()
    {
        Build();
        var phase = Items.FirstOrDefault(p => p.Id == FormPhase);
        if (phase is null) Errors.Add("請選擇要檢核的項目");
        DateOnly day = default;
        if (string.IsNullOrWhiteSpace(DoneOn)) Errors.Add("請填寫完成日期");
        else if (!RocDate.TryParseDate(DoneOn, out day, out var error)) Errors.Add($"完成日期：{error}");
        else if (day > DateOnly.FromDateTime(Now)) Errors.Add("完成日期不可晚於今天");
        if (string.IsNullOrWhiteSpace(Note)) Errors.Add("請填寫執行情形說明");
        else if (Note.Length > 500) Errors.Add("執行情形說明請在 500 字以內");
        if (Attendance is < 0) Errors.Add("出席人數不可為負數");
        if (!string.IsNullOrWhiteSpace(Evidence) &&
            !(Uri.TryCreate(Evidence, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            Errors.Add("佐證連結應為 http:// 或 https:// 開頭的網址");
        if (Errors.Count > 0) return Page();

        Metrics.Attest(new Attestation(phase!.Id, day, Note!.Trim(), Attendance, string.IsNullOrWhiteSpace(Evidence) ? null : Evidence.Trim(),
            Me.DisplayName, Now));
        log.LogInformation("Attestation recorded for phase {PhaseId} by role {Role}", phase.Id, Me.Role);
        Saved = $"已登錄「{phase.Title}」的檢核（完成日期 {Fmt.Date(day)}）。";
        return Redirect(Href("/Attest"));
    }

    private void Build()
    {
        Items = Phases().Where(p => p.Kind is PhaseKind.Attested or PhaseKind.UnitTask).ToList();
        var titles = Phases().ToDictionary(p => p.Id, p => p.Title);
        var rows = Metrics.Attestations(Semester).OrderByDescending(a => a.AttestedAt).ToList();
        Table = new DataTable("attestations", "已登錄的行政檢核", ["項目", "完成日期", "執行情形", "出席人數", "佐證連結", "登錄者", "登錄時間"],
            rows.Select(a => (IReadOnlyList<Cell>)
            [
                titles.GetValueOrDefault(a.PhaseId, a.PhaseId), Fmt.Date(a.DoneOn), a.Note,
                a.AttendanceCount is { } n ? Cell.Number(n) : "", new Cell(a.EvidenceUrl ?? "", a.EvidenceUrl),
                a.AttestedBy, new Cell(Fmt.DateTime(a.AttestedAt), Value: a.AttestedAt),
            ]).ToList());
    }
}
