using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>Turns an account into its <see cref="UserScope"/> with queries on the warehouse.</summary>
public sealed class ScopeResolver(WarehouseGate warehouse)
{
    public UserScope Resolve(Role role, string? staffNo, Semester semester, DateTime asOf)
    {
        var day = Clamp(DateOnly.FromDateTime(asOf), semester);
        var parameters = new (string, object?)[] { ("staff_no", staffNo ?? ""), ("semester", semester.ToString()), ("day", day.ToDateTime(TimeOnly.MinValue)) };
        return role switch
        {
            Role.Admin or Role.Principal or Role.Counseling => UserScope.All(role, staffNo),
            Role.Tutor => new UserScope(role, staffNo,
                Set(Sql.Load("Security/tutor_classes.sql"), parameters),
                Set(Sql.Load("Security/tutor_students.sql"), parameters)),
            Role.Teacher => new UserScope(role, staffNo, new HashSet<string>(),
                Set(Sql.Load("Security/teacher_students.sql"), parameters)),
            _ => new UserScope(role, staffNo, new HashSet<string>(), new HashSet<string>()),
        };
    }

    /// <summary>A view as of a moment after the semester shows the class as it was on its last day.</summary>
    private static DateOnly Clamp(DateOnly day, Semester semester) =>
        day < semester.StartsOn ? semester.StartsOn : day > semester.EndsOn ? semester.EndsOn : day;

    private HashSet<string> Set(string sql, (string, object?)[] parameters) =>
        warehouse.Query(sql, r => r.GetString(0), parameters).ToHashSet(StringComparer.Ordinal);
}
