using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Dashboard.Security;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>帳號管理 (系統管理員): create accounts, reset their role and password, disable them; the audit log.</summary>
public sealed class AccountsModel(AccountStore accounts, SecurityAudit audit, Data.SchoolRegistry schools, ILogger<AccountsModel> log) : DashboardPage
{
    [BindProperty] public string? NewUser { get; set; }
    [BindProperty] public string? NewDisplay { get; set; }
    [BindProperty] public string? NewRole { get; set; }
    [BindProperty] public string? NewStaffNo { get; set; }
    [BindProperty] public string? NewEmail { get; set; }
    [BindProperty] public string? NewSchool { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? DisableUser { get; set; }
    [TempData] public string? Saved { get; set; }
    public List<string> Errors { get; } = [];

    protected override bool NeedsSchool => false;

    /// <summary>The schools an account may belong to (the list shows only when the warehouse holds more than one).</summary>
    public IReadOnlyList<Warehouse.Schools.SchoolEntry> Schools => schools.All;
    public bool ManySchools => schools.Many;
    public DataTable Table { get; private set; } = null!;
    public DataTable AuditLog { get; private set; } = null!;

    public IActionResult OnGet()
    {
        Build();
        return ExportIfAsked(Table, AuditLog) ?? Page();
    }

    /// <summary>Disables the account; its open sessions end at their next request.</summary>
    public IActionResult OnPostDisable()
    {
        Build();
        var name = DisableUser?.Trim() ?? "";
        if (name == Me.UserName) Errors.Add("不能停用自己正在使用的帳號");
        else if (!accounts.Disable(name)) Errors.Add($"找不到啟用中的帳號「{name}」");
        if (Errors.Count > 0) return Page();
        audit.Record(SecurityAudit.AccountDisabled, name, Client, Me.UserName, "已停用，所有登入工作階段隨即失效");
        log.LogInformation("Account disabled");
        Saved = $"已停用帳號「{name}」，其所有登入工作階段已失效。";
        return Redirect("/Accounts");
    }

    public IActionResult OnPost()
    {
        Build();
        if (string.IsNullOrWhiteSpace(NewUser) || NewUser.Length > 64) Errors.Add("請填寫帳號（64 字以內）");
        if (!RoleNames.TryParse(NewRole, out var role)) Errors.Add("請選擇角色");
        if (role is Role.Tutor or Role.Teacher && string.IsNullOrWhiteSpace(NewStaffNo)) Errors.Add("導師與任課教師須填寫教職員編號");
        if (string.IsNullOrEmpty(NewPassword) || NewPassword.Length < 10) Errors.Add("密碼至少 10 個字元");
        var school = string.IsNullOrWhiteSpace(NewSchool) ? null : NewSchool.Trim();
        if (school is not null && !schools.Has(school)) Errors.Add($"學校代碼「{school}」不在此倉儲中");
        if (schools.Many && school is null && role is not (Role.Bureau or Role.Admin)) Errors.Add("此倉儲有多所學校：教育局與系統管理員以外的帳號須指定所屬學校");
        // In a one-school warehouse every account is that school's.
        if (!schools.Many && role is not (Role.Bureau or Role.Admin)) school ??= schools.Default.Code;
        if (Errors.Count > 0) return Page();
        accounts.Save(new Account(NewUser!.Trim(), string.IsNullOrWhiteSpace(NewDisplay) ? NewUser.Trim() : NewDisplay.Trim(), role,
            string.IsNullOrWhiteSpace(NewStaffNo) ? null : NewStaffNo.Trim(), string.IsNullOrWhiteSpace(NewEmail) ? null : NewEmail.Trim(), school), NewPassword!);
        audit.Record(SecurityAudit.AccountSaved, NewUser.Trim(), Client, Me.UserName, $"角色：{role.ToChinese()}；學校：{SchoolName(school)}；已設定密碼，原有登入工作階段隨即失效");
        log.LogInformation("Account saved with role {Role}", role);
        Saved = $"已儲存帳號「{NewUser.Trim()}」（{role.ToChinese()}）。";
        return Redirect("/Accounts");
    }

    private string? Client => HttpContext.Connection.RemoteIpAddress?.ToString();

    private void Build()
    {
        AuditLog = new DataTable("audit", "最近的登入與帳號紀錄", ["時間", "事件", "帳號", "來源位址", "操作者", "說明"],
            audit.Recent().Select(e => (IReadOnlyList<Cell>)
                [Fmt.DateTime(e.At), EventText(e.Event), e.UserName ?? "", e.Client ?? "", e.Actor ?? "", e.Detail ?? ""]).ToList());
        Table = new DataTable("accounts", "帳號", ["帳號", "姓名", "角色", "教職員編號", "電子郵件", "學校"],
            accounts.List().Select(a => (IReadOnlyList<Cell>)[a.UserName, a.DisplayName, a.Role.ToChinese(), a.StaffNo ?? "", a.Email ?? "", SchoolName(a.SchoolCode)]).ToList());
    }

    private string SchoolName(string? code) =>
        code is null ? "（不限，由總覽選擇）" : schools.All.FirstOrDefault(s => s.Code == code)?.Name ?? $"{code}（不在此倉儲）";

    private static string EventText(string e) => e switch
    {
        SecurityAudit.SignIn => "登入", SecurityAudit.SignInFailed => "登入失敗", SecurityAudit.SignInLocked => "鎖定中拒絕登入",
        SecurityAudit.Lockout => "鎖定", SecurityAudit.SignOut => "登出", SecurityAudit.AccountSaved => "儲存帳號",
        SecurityAudit.AccountDisabled => "停用帳號", _ => e,
    };
}
