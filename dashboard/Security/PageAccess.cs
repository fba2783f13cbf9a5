namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>Which roles may open which page: the one table the navigation and the authorization policies read.</summary>
public static class PageAccess
{
    public const string Overview = nameof(Overview);
    public const string Phase = nameof(Phase);
    public const string Students = nameof(Students);
    public const string Teachers = nameof(Teachers);
    public const string Findings = nameof(Findings);
    public const string FollowUp = nameof(FollowUp);
    public const string Reports = nameof(Reports);
    public const string Attest = nameof(Attest);
    public const string Etl = nameof(Etl);
    public const string Accounts = nameof(Accounts);
    public const string Bureau = nameof(Bureau);

    public static IReadOnlyDictionary<string, Role[]> Roles { get; } = new Dictionary<string, Role[]>
    {
        // The bureau sees a school's numbers (overview, phases, teachers' backlog), never its named student lists.
        [Overview] = [Role.Admin, Role.Principal, Role.Counseling, Role.Tutor, Role.Bureau],
        [Phase] = [Role.Admin, Role.Principal, Role.Counseling, Role.Tutor, Role.Bureau],
        // A 任課教師 sees students only in their own certification backlog on 教師認證 (README's role table).
        [Students] = [Role.Admin, Role.Principal, Role.Counseling, Role.Tutor],
        [Teachers] = [Role.Admin, Role.Principal, Role.Teacher, Role.Bureau],
        // Findings name students of every class: only the roles that see the whole school.
        [Findings] = [Role.Admin, Role.Principal, Role.Counseling],
        [FollowUp] = [Role.Admin, Role.Principal, Role.Counseling, Role.Tutor],
        [Reports] = [Role.Admin, Role.Principal],
        [Attest] = [Role.Admin, Role.Principal, Role.Registry],
        [Etl] = [Role.Admin, Role.Principal, Role.Registry],
        [Accounts] = [Role.Admin],
        // The roll-up across schools and the drill-down to one of them.
        [Bureau] = [Role.Bureau, Role.Admin],
    };

    /// <summary>Navigation entries in order: policy, zh-TW label, path.</summary>
    public static IReadOnlyList<(string Policy, string Label, string Path)> Navigation { get; } =
    [
        (Bureau, "各校總覽", "/Bureau"),
        (Overview, "總覽", "/"),
        (Teachers, "教師認證", "/Teachers"),
        (FollowUp, "追蹤名單", "/FollowUp"),
        (Findings, "稽核發現", "/Findings"),
        (Reports, "自我檢核", "/Reports?kind=SelfCheck"),
        (Reports, "敘獎", "/Reports?kind=Awards"),
        (Attest, "行政檢核", "/Attest"),
        (Etl, "ETL 狀態", "/Etl"),
        (Accounts, "帳號管理", "/Accounts"),
    ];

    public static bool Allows(string policy, Role role) => Roles[policy].Contains(role);

    /// <summary>The first page a role may open, where it lands after signing in.</summary>
    public static string Home(Role role) =>
        Navigation.First(n => Allows(n.Policy, role) && (n.Policy != Bureau || role == Role.Bureau)).Path;
}
