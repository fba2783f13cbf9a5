using PortfolioAnalytics.Dashboard.Security;

namespace PortfolioAnalytics.Dashboard.Tests.Fixtures;

/// <summary>One URL per page policy, on the small school's data.</summary>
public static class TestPages
{
    public static IReadOnlyDictionary<string, string> Paths { get; } = new Dictionary<string, string>
    {
        [PageAccess.Overview] = "/",
        [PageAccess.Phase] = $"/Phase?phase={FixedMetrics.Upload.Id}&class=102",
        [PageAccess.Students] = $"/Students?phase={FixedMetrics.Upload.Id}&status=missing",
        [PageAccess.Teachers] = "/Teachers?teacher=T900",
        [PageAccess.FollowUp] = "/FollowUp",
        [PageAccess.Findings] = "/Findings?kind=no-counseling",
        [PageAccess.Reports] = "/Reports?kind=SelfCheck",
        [PageAccess.Attest] = "/Attest",
        [PageAccess.Etl] = "/Etl?load=1&reason=bad_national_id",
        [PageAccess.Accounts] = "/Accounts",
        [PageAccess.Bureau] = "/Bureau",
    };
}
