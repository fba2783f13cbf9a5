using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Dashboard.Data;

/// <summary>
/// The metrics as one user may see them: every page reads through this, so a 導師 never receives a row of another
/// class, a 任課教師 only their own certification work, 註冊組 no student at all. Aggregates a 導師 asks for by phase
/// or grade are summed from their own classes' rows.
/// </summary>
public sealed class ScopedMetrics(IMetricsSource inner, UserScope scope)
{
    public UserScope Scope { get; } = scope;

    public IReadOnlyList<Phase> Phases(Semester semester) => inner.Phases(semester);

    public IReadOnlyList<CompletionRow> Completion(CompletionQuery query)
    {
        if (Scope.Unrestricted) return inner.Completion(query);
        if (Scope.Role == Role.Teacher)
            return query.By == Breakdown.Teacher
                ? inner.Completion(query with { TeacherStaffNo = Scope.StaffNo }).Where(r => r.TeacherStaffNo == Scope.StaffNo).ToList()
                : [];
        if (Scope.Role != Role.Tutor || (query.ClassCode is not null && !Scope.SeesClass(query.ClassCode))) return [];

        switch (query.By)
        {
            case Breakdown.Class:
                return inner.Completion(query).Where(r => Scope.SeesClass(r.ClassCode)).ToList();
            case Breakdown.Student:
                return inner.Completion(query).Where(r => Scope.SeesStudent(r.StudentNo)).ToList();
            case Breakdown.Tutor:
                return inner.Completion(query).Where(r => r.TutorStaffNo == Scope.StaffNo).ToList();
            case Breakdown.Phase:
            case Breakdown.Grade:
                var byClass = inner.Completion(query with { By = Breakdown.Class }).Where(r => Scope.SeesClass(r.ClassCode));
                return byClass
                    .GroupBy(r => (r.PhaseId, r.PhaseTitle, Grade: query.By == Breakdown.Grade ? r.Grade : null))
                    .Select(g => new CompletionRow(g.Key.PhaseId, g.Key.PhaseTitle, g.Key.Grade, null, null, null, null, null, null, null,
                        g.Sum(r => r.Population), g.Sum(r => r.Complete), g.Sum(r => r.Late), g.Sum(r => r.Missing), g.Sum(r => r.Exempt)))
                    .ToList();
            default:
                return [];
        }
    }

    public IReadOnlyList<StudentPhaseRow> Students(CompletionQuery query)
    {
        if (Scope.Role == Role.Teacher) query = query with { TeacherStaffNo = Scope.StaffNo };
        if (query.ClassCode is not null && !Scope.SeesClass(query.ClassCode) && Scope.Role == Role.Tutor) return [];
        return Scope.Unrestricted ? inner.Students(query) : inner.Students(query).Where(r => Scope.SeesStudent(r.StudentNo)).ToList();
    }

    public IReadOnlyList<StudentRiskRow> Risk(CompletionQuery query)
    {
        if (Scope.Unrestricted) return inner.Risk(query);
        if (Scope.Role != Role.Tutor || (query.ClassCode is not null && !Scope.SeesClass(query.ClassCode))) return [];
        return inner.Risk(query).Where(r => Scope.SeesStudent(r.StudentNo)).ToList();
    }

    public IReadOnlyList<TeacherCertificationRow> TeacherCertifications(Semester semester, DateTime asOf) => Scope.Role switch
    {
        Role.Admin or Role.Principal => inner.TeacherCertifications(semester, asOf),
        Role.Teacher => inner.TeacherCertifications(semester, asOf).Where(r => r.TeacherStaffNo == Scope.StaffNo).ToList(),
        _ => [],
    };

    public IReadOnlyList<Attestation> Attestations(Semester semester) =>
        Scope.Role is Role.Admin or Role.Principal or Role.Registry ? inner.Attestations(semester) : [];

    public void Attest(Attestation attestation)
    {
        if (Scope.Role is not (Role.Admin or Role.Principal or Role.Registry))
            throw new UnauthorizedAccessException("此帳號不可登錄行政檢核");
        inner.Attest(attestation);
    }
}
