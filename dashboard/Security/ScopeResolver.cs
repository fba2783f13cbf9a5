using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>Turns an account into its <see cref="UserScope"/>; who belongs to a 導師 on a day is the metrics' answer.</summary>
public sealed class ScopeResolver(IMetrics metrics)
{
    public UserScope Resolve(Role role, string? staffNo, Semester semester, DateTime asOf) => role switch
    {
        Role.Admin or Role.Principal or Role.Counseling or Role.Bureau => UserScope.All(role, staffNo),
        Role.Tutor => FromTutor(metrics.TutorScope(staffNo ?? "", semester, DateOnly.FromDateTime(asOf)), role, staffNo),
        _ => new UserScope(role, staffNo, new HashSet<string>(), new HashSet<string>()),
    };

    private static UserScope FromTutor(TutorScope scope, Role role, string? staffNo) => new(role, staffNo, scope.Classes, scope.Students);
}
