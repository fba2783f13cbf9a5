using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>
/// One sign-in per role for the demo school (each account that school's), all with the password <see cref="Password"/> (the demo listens on
/// 127.0.0.1 only). The 導師 and 任課教師 are real people of the generated school.
/// </summary>
internal static class DemoAccounts
{
    public const string Password = "demo";

    public static IReadOnlyList<SeedAccount> For(CompletionMetrics metrics)
    {
        var people = metrics.SamplePeople();
        var accounts = new List<Account>
        {
            new("principal", "校長（示範）", Role.Principal, null, null),
            new("counseling", "輔導中心（示範）", Role.Counseling, null, null),
            new("registry", "註冊組（示範）", Role.Registry, null, null),
        };
        foreach (var p in people)
            accounts.Add(p.Role == nameof(Role.Tutor)
                ? new Account("tutor", $"{p.Name}（導師）", Role.Tutor, p.StaffNo, null)
                : new Account("teacher", $"{p.Name}（任課教師）", Role.Teacher, p.StaffNo, null));
        return accounts.Select(a => new SeedAccount(a with { SchoolCode = metrics.School.Code }, Password)).ToList();
    }
}
