using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// The one facade every surface asks (pages, documents, commands, jobs): each number, list and membership the product
/// shows comes from here, computed by <see cref="CompletionMetrics"/> and remembered by <see cref="MetricsCache"/>.
/// Tests give fixed answers through it.
/// </summary>
public interface IMetrics
{
    SchoolConfig School { get; }
    IReadOnlyList<Phase> Phases(Semester semester);
    IReadOnlyList<CompletionRow> Completion(CompletionQuery query);
    IReadOnlyList<StudentPhaseRow> Students(CompletionQuery query);
    IReadOnlyList<ProgressPoint> Progress(CompletionQuery query);
    IReadOnlyList<StudentRiskRow> Risk(CompletionQuery query);
    IReadOnlyList<TeacherCertificationRow> TeacherCertifications(CompletionQuery query);
    IReadOnlyList<FindingRow> Findings(Semester semester, DateTime asOf);
    IReadOnlyList<Attestation> Attestations(Semester semester);
    IReadOnlyList<Semester> Semesters();
    IReadOnlyList<ClassRow> Classes(Semester semester);
    IReadOnlyList<TutorContact> Tutors(Semester semester);
    IReadOnlyList<CounselorRow> Counselors(Semester semester, DateTime deadline, DateTime asOf);
    IReadOnlyDictionary<string, string> GuardianNames(IReadOnlyCollection<string> studentNos);
    IReadOnlyList<string> UnitStaff(string unit);
    TutorScope TutorScope(string staffNo, Semester semester, DateOnly day);

    void Attest(Attestation attestation);

    /// <summary>Keeps the phase's completion as it stood at its deadline; false if not passed or already frozen.</summary>
    bool Freeze(Phase phase, DateTime moment);
}
