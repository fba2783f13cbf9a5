using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Metrics.Rollup;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>
/// 各校總覽 (教育局, and 系統管理員): the roll-up across schools for a semester as of a moment, by school, by district
/// and by phase kind; each school opens its own dashboard (the choice lives in the sign-in cookie, so it ends with
/// the session).
/// </summary>
public sealed class BureauModel(IRollup rollup, SchoolRegistry schools) : DashboardPage
{
    protected override bool NeedsSchool => false;

    public DataTable BySchool { get; private set; } = null!;
    public DataTable ByDistrict { get; private set; } = null!;
    public DataTable ByKind { get; private set; } = null!;

    private const string Note = "各校依其學校設定與作業日程表各自計算後加總；教師認證以件數計，單位作業以項數計，其餘以人數計。";

    public IActionResult OnGet()
    {
        var bySchool = rollup.Completion(Semester, AsOf, RollupBy.School);
        BySchool = new DataTable("schools", "各校完成情形",
            ["學校", "行政區", .. CountHeaders],
            bySchool.Select(r => Row(new Cell(r.SchoolName ?? r.SchoolCode ?? "", schools.Has(r.SchoolCode) ? OpenHref(r.SchoolCode!) : null),
                [r.District ?? "（未設定）"], r.Counts)).ToList())
        { Note = CompletionCounts.RatesNote + Note + "點選校名可開啟該校儀表板。" };
        ByDistrict = new DataTable("districts", "各行政區完成情形", ["行政區", "學校數", .. CountHeaders],
            rollup.Completion(Semester, AsOf, RollupBy.District).Select(r => Row(r.District ?? "（未設定）", [Cell.Number(r.Schools)], r.Counts)).ToList())
        { Note = Note };
        ByKind = new DataTable("kinds", "各類階段完成情形", ["階段類別", "學校數", .. CountHeaders],
            rollup.Completion(Semester, AsOf, RollupBy.Phase).Select(r => Row(r.KindName ?? "", [Cell.Number(r.Schools)], r.Counts)).ToList())
        { Note = Note };
        return ExportIfAsked(BySchool, ByDistrict, ByKind) ?? Page();
    }

    /// <summary>Opens a school's own dashboard: the choice is put in the sign-in cookie (never in a link), then the overview.</summary>
    public async Task<IActionResult> OnGetOpenAsync(string? school)
    {
        if (!schools.Has(school))
        {
            Hosting.ErrorPage.BadRequest(HttpContext, [$"學校代碼「{school}」不存在（可用：{string.Join("、", schools.All.Select(s => $"{s.Code}＝{s.Name}"))}）"]);
            return StatusCode(StatusCodes.Status400BadRequest);
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            CurrentUser.WithChosenSchool(User, school, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Href("/"));
    }

    public string OpenHref(string code) => Href("/Bureau", ("handler", "Open"), ("school", code));

    private static readonly string[] CountHeaders =
        ["應完成", "準時完成", "逾期完成", "未完成", "免除", CompletionCounts.OnTimeLabel, CompletionCounts.WithLateLabel];

    private static IReadOnlyList<Cell> Row(Cell first, IReadOnlyList<Cell> more, CompletionCounts c) =>
    [
        first, .. more,
        Cell.Number(c.Population), Cell.Number(c.Complete), Cell.Number(c.Late), Cell.Number(c.Missing), Cell.Number(c.Exempt),
        new Cell(c.OnTimeText, Value: c.OnTimeRate), new Cell(c.WithLateText, Value: c.WithLateRate),
    ];
}
