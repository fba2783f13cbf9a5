using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// The one place completion is computed (SQL over the core model, as of a moment). The self-check report, the award
/// pack, the dashboard and <c>portfolio completion</c> all call it, so they never disagree. STUB until metrics land.
/// </summary>
public sealed class CompletionMetrics(WarehouseDb db, SchoolConfig school)
{
    public WarehouseDb Db { get; } = db;
    public SchoolConfig School { get; } = school;

    public IReadOnlyList<Phase> Phases(Calendar.Semester semester) => ScheduleResolver.Resolve(School, semester);

    public IReadOnlyList<CompletionRow> Completion(CompletionQuery query) => [];

    public IReadOnlyList<StudentPhaseRow> Students(CompletionQuery query) => [];

    /// <summary>Each student with at least one lagging phase, and their risk level by the school's rules.</summary>
    public IReadOnlyList<StudentRiskRow> Risk(CompletionQuery query) => [];

    public IReadOnlyList<FindingRow> Findings(Calendar.Semester semester, DateTime asOf) => [];

    public IReadOnlyList<TeacherCertificationRow> TeacherCertifications(Calendar.Semester semester, DateTime asOf) => [];

    public IReadOnlyList<Attestation> Attestations(Calendar.Semester semester) => [];

    public void Attest(Attestation attestation) { }

    public void Exempt(Exemption exemption) { }
}
