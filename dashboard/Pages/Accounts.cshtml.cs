using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Dashboard.Security;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>帳號管理 (系統管理員): create accounts or reset their role and password.</summary>
public sealed class AccountsModel(AccountStore accounts, ILogger<AccountsModel> log) : DashboardPage
{
    [BindProperty] public string? NewUser { get; set; }
    [BindProperty] public string? NewDisplay { get; set; }
    [BindProperty] public string? NewRole { get; set; }
    [BindProperty] public string? NewStaffNo { get; set; }
    [BindProperty] public string? NewEmail { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [TempData] public string? Saved { get; set; }
    public List<string> Errors { get; } = [];
    public DataTable Table { get; private set; } = null!;

    public IActionResult OnGet()
    {
        Build();
        return ExportIfAsked(Table) ?? Page();
    }

    public IActionResult OnPost()
    {
        Build();
        if (string.IsNullOrWhiteSpace(NewUser) || NewUser.Length > 64) Errors.Add("請填寫帳號（64 字以內）");
        if (!RoleNames.TryParse(NewRole, out var role)) Errors.Add("請選擇角色");
        if (role is Role.Tutor or Role.Teacher && string.IsNullOrWhiteSpace(NewStaffNo)) Errors.Add("導師與任課教師須填寫教職員編號");
        if (string.IsNullOrEmpty(NewPassword) || NewPassword.Length < 10) Errors.Add("密碼至少 10 個字元");
        if (Errors.Count > 0) return Page();
        accounts.Save(new Account(NewUser!.Trim(), string.IsNullOrWhiteSpace(NewDisplay) ? NewUser.Trim() : NewDisplay.Trim(), role,
            string.IsNullOrWhiteSpace(NewStaffNo) ? null : NewStaffNo.Trim(), string.IsNullOrWhiteSpace(NewEmail) ? null : NewEmail.Trim()), NewPassword!);
        log.LogInformation("Account saved with role {Role}", role);
        Saved = $"已儲存帳號「{NewUser.Trim()}」（{role.ToChinese()}）。";
        return Redirect("/Accounts");
    }

    private void Build() =>
        Table = new DataTable("accounts", "帳號", ["帳號", "姓名", "角色", "教職員編號", "電子郵件"],
            accounts.List().Select(a => (IReadOnlyList<Cell>)[a.UserName, a.DisplayName, a.Role.ToChinese(), a.StaffNo ?? "", a.Email ?? ""]).ToList());
}
