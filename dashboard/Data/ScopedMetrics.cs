using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Dashboard.Data;

/// <summary>
/// The metrics as one user may see them: every page reads through this. It never counts by itself: a 導師's questions
/// are asked with their staff number as the metrics' tutor filter (the members of their classes, as the metrics
/// define them on the as-of day), a 任課教師's with theirs as the teacher filter (their certification work only);
/// 註冊組 sees no student; 教育局 (the bureau) sees a school's counts but no named student.
/// </summary>
public sealed class ScopedMetrics(IMetrics inner, UserScope scope)
{
    public UserScope Scope { get; } = scope;

    public IReadOnlyList<Phase> Phases(Semester semester) => inner.Phases(semester);

    public IReadOnlyList<CompletionRow> Completion(CompletionQuery query) => Scoped(query) switch
    {
        null => [],
        var q when Scope.Role == Role.Teacher && q.By != Breakdown.Teacher => [],
        var q when Scope.Role == Role.Tutor && q.By == Breakdown.Teacher => [],
        var q when !NamesStudents && q.By == Breakdown.Student => [],
        var q => inner.Completion(q),
    };

    public IReadOnlyList<StudentPhaseRow> Students(CompletionQuery query) =>
        NamesStudents && Scoped(query) is { } q ? inner.Students(q) : [];

    /// <summary>Whether the user may see students by name (the bureau sees counts only: names are the school's business).</summary>
    public bool NamesStudents => Scope.Role != Role.Bureau;

    /// <summary>The progress lines, scoped like <see cref="Completion"/> (a 任課教師 sees only their certification work).</summary>
    public IReadOnlyList<ProgressPoint> Progress(CompletionQuery query) => Scoped(query) switch
    {
        null => [],
        var q when Scope.Role == Role.Teacher && !IsCertification(q) => [],
        var q => inner.Progress(q),
    };

    private bool IsCertification(CompletionQuery q) =>
        q.PhaseId is not null && inner.Phases(q.Semester).Any(p => p.Id == q.PhaseId && p.Kind == PhaseKind.Certification);

    public IReadOnlyList<StudentRiskRow> Risk(CompletionQuery query) =>
        Scope.Role != Role.Teacher && NamesStudents && Scoped(query) is { } q ? inner.Risk(q) : [];

    public IReadOnlyList<TeacherCertificationRow> TeacherCertifications(CompletionQuery query) => Scope.Role switch
    {
        Role.Admin or Role.Principal or Role.Bureau => inner.TeacherCertifications(query),
        Role.Teacher => inner.TeacherCertifications(query with { TeacherStaffNo = Scope.StaffNo ?? "" }),
        _ => [],
    };

    public IReadOnlyList<FindingRow> Findings(Semester semester, DateTime asOf) =>
        Scope.Unrestricted && NamesStudents ? inner.Findings(semester, asOf) : [];

    public IReadOnlyList<Attestation> Attestations(Semester semester) =>
        Scope.Role is Role.Admin or Role.Principal or Role.Registry ? inner.Attestations(semester) : [];

    public void Attest(Attestation attestation)
    {
        if (Scope.Role is not (Role.Admin or Role.Principal or Role.Registry))
            throw new UnauthorizedAccessException("此帳號不可登錄行政檢核");
        inner.Attest(attestation);
    }

    /// <summary>The query narrowed to what the user may see; null when they may see none of it.</summary>
    private CompletionQuery? Scoped(CompletionQuery query) => Scope.Role switch
    {
        _ when Scope.Unrestricted => query,
        Role.Tutor when query.ClassCode is not null && !Scope.SeesClass(query.ClassCode) => null,
        Role.Tutor => query with { TutorStaffNo = Scope.StaffNo ?? "" },
        Role.Teacher => query with { TeacherStaffNo = Scope.StaffNo ?? "" },
        _ => null,
    };
}
