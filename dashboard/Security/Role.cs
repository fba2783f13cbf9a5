namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>What a signed-in account may see. Stored by name in dashboard_account.role.</summary>
public enum Role
{
    Admin,       // 系統管理員: accounts, and every page
    Principal,   // 校長／工作小組: every page, every student
    Counseling,  // 輔導中心: every student, follow-up
    Tutor,       // 導師: own class only, for the dates the student is in it
    Teacher,     // 任課教師: own certification backlog
    Registry,    // 註冊組: ETL and attestations
    Bureau,      // 教育局: the roll-up across schools, and each school's overview (no named student lists)
}

public static class RoleNames
{
    public static string ToChinese(this Role role) => role switch
    {
        Role.Admin => "系統管理員",
        Role.Principal => "校長／工作小組",
        Role.Counseling => "輔導中心",
        Role.Tutor => "導師",
        Role.Teacher => "任課教師",
        Role.Registry => "註冊組",
        Role.Bureau => "教育局",
        _ => role.ToString(),
    };

    public static bool TryParse(string? text, out Role role) =>
        Enum.TryParse(text, ignoreCase: false, out role) && Enum.IsDefined(role);
}
