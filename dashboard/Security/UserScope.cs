namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>
/// What one signed-in user may see for one semester as of one moment. Null sets mean "all";
/// a 導師's sets hold their classes and the students in them on the as-of day (student_enrolment spans).
/// </summary>
public sealed record UserScope(Role Role, string? StaffNo, IReadOnlySet<string>? Classes, IReadOnlySet<string>? Students)
{
    public bool Unrestricted => Classes is null && Students is null;

    public bool SeesStudent(string? studentNo) => Students is null || (studentNo is not null && Students.Contains(studentNo));

    public bool SeesClass(string? classCode) => Classes is null || (classCode is not null && Classes.Contains(classCode));

    public static UserScope All(Role role, string? staffNo = null) => new(role, staffNo, null, null);
}
