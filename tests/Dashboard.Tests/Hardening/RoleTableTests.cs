using PortfolioAnalytics.Dashboard.Security;

namespace PortfolioAnalytics.Dashboard.Tests.Hardening;

/// <summary>PageAccess is exactly the README's role table (dashboard section, "Roles and pages").</summary>
public class RoleTableTests
{
    [Theory]
    [InlineData(Role.Admin, new[] { "Overview", "Phase", "Students", "Teachers", "FollowUp", "Findings", "Reports", "Attest", "Etl", "Accounts", "Bureau" })]
    [InlineData(Role.Principal, new[] { "Overview", "Phase", "Students", "Teachers", "FollowUp", "Findings", "Reports", "Attest", "Etl" })]
    [InlineData(Role.Counseling, new[] { "Overview", "Phase", "Students", "FollowUp", "Findings" })]
    [InlineData(Role.Tutor, new[] { "Overview", "Phase", "Students", "FollowUp" })]
    [InlineData(Role.Teacher, new[] { "Teachers" })]
    [InlineData(Role.Registry, new[] { "Attest", "Etl" })]
    [InlineData(Role.Bureau, new[] { "Bureau", "Overview", "Phase", "Teachers" })]
    public void Each_role_opens_the_pages_the_README_lists(Role role, string[] pages) =>
        PageAccess.Roles.Where(p => p.Value.Contains(role)).Select(p => p.Key).Should().BeEquivalentTo(pages);
}
