using System.Collections.Concurrent;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Reports.Data;

/// <summary>
/// Remembers the metrics' answers for one document or one batch: the self-check and the award pack ask the same
/// questions (completion per phase) several times, and each answer is a round of SQL per phase.
/// </summary>
internal sealed class CachedReportData(IReportData inner) : IReportData
{
    private readonly ConcurrentDictionary<object, object> _answers = new();

    public SchoolConfig School => inner.School;

    private T Remember<T>(object key, Func<T> compute) where T : class => (T)_answers.GetOrAdd(key, _ => compute());

    public IReadOnlyList<Phase> Phases(Semester semester) => Remember(("phases", semester), () => inner.Phases(semester));

    public IReadOnlyList<CompletionRow> Completion(CompletionQuery query) => Remember(("completion", query), () => inner.Completion(query));

    public IReadOnlyList<StudentRiskRow> Risk(CompletionQuery query) => Remember(("risk", query), () => inner.Risk(query));

    public IReadOnlyList<TeacherCertificationRow> TeacherCertifications(Semester semester, DateTime asOf) =>
        Remember(("teachers", semester, asOf), () => inner.TeacherCertifications(semester, asOf));

    public IReadOnlyList<Attestation> Attestations(Semester semester) =>
        Remember(("attestations", semester), () => inner.Attestations(semester));

    public IReadOnlyList<ChecklistLine> Checklist(Semester semester) => Remember(("checklist", semester), () => inner.Checklist(semester));

    public IReadOnlyList<CounselorRow> Counselors(Semester semester, DateTime deadline, DateTime asOf) =>
        Remember(("counselors", semester, deadline, asOf), () => inner.Counselors(semester, deadline, asOf));

    public IReadOnlyDictionary<string, string> GuardianNames(IReadOnlyCollection<string> studentNos) => inner.GuardianNames(studentNos);

    public IReadOnlyList<ClassRow> Classes(Semester semester) => Remember(("classes", semester), () => inner.Classes(semester));

    public IReadOnlyList<string> UnitStaff(string unit) => Remember(("unit-staff", unit), () => inner.UnitStaff(unit));
}
