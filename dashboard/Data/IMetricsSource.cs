using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Dashboard.Data;

/// <summary>
/// The numbers the pages show, exactly as CompletionMetrics computes them (the seam lets tests fix the numbers).
/// </summary>
public interface IMetricsSource
{
    IReadOnlyList<Phase> Phases(Semester semester);
    IReadOnlyList<CompletionRow> Completion(CompletionQuery query);
    IReadOnlyList<StudentPhaseRow> Students(CompletionQuery query);
    IReadOnlyList<StudentRiskRow> Risk(CompletionQuery query);
    IReadOnlyList<TeacherCertificationRow> TeacherCertifications(Semester semester, DateTime asOf);
    IReadOnlyList<Attestation> Attestations(Semester semester);
    void Attest(Attestation attestation);

    /// <summary>Keeps the phase's completion as it stood at its deadline; false if not passed or already frozen.</summary>
    bool Freeze(Phase phase, DateTime moment);
}

/// <summary>The real numbers: the shared CompletionMetrics.</summary>
public sealed class CompletionMetricsSource(CompletionMetrics metrics) : IMetricsSource
{
    public CompletionMetrics Metrics { get; } = metrics;
    public IReadOnlyList<Phase> Phases(Semester semester) => Metrics.Phases(semester);
    public IReadOnlyList<CompletionRow> Completion(CompletionQuery query) => Metrics.Completion(query);
    public IReadOnlyList<StudentPhaseRow> Students(CompletionQuery query) => Metrics.Students(query);
    public IReadOnlyList<StudentRiskRow> Risk(CompletionQuery query) => Metrics.Risk(query);
    public IReadOnlyList<TeacherCertificationRow> TeacherCertifications(Semester semester, DateTime asOf) =>
        Metrics.TeacherCertifications(semester, asOf);
    public IReadOnlyList<Attestation> Attestations(Semester semester) => Metrics.Attestations(semester);
    public void Attest(Attestation attestation) => Metrics.Attest(attestation);
    public bool Freeze(Phase phase, DateTime moment) => Metrics.Freeze(phase, moment);
}
