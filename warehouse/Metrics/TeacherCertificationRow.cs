namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// A course teacher's 認證 work in one certification phase, as of a moment, counted in artifacts with the same members
/// and outcomes as <see cref="CompletionRow"/> by teacher (Population = Complete + Late + Missing): certified by the
/// deadline, certified after it, still waiting; days from upload to decision (median) and the oldest open wait.
/// </summary>
public sealed record TeacherCertificationRow(
    string PhaseId,
    string PhaseTitle,
    string TeacherStaffNo,
    string TeacherName,
    string Unit,
    long Population,
    long Complete,
    long Late,
    long Missing,
    long Exempt,
    double? MedianDays,
    int? OldestPendingDays)
{
    public CompletionCounts Counts => new(Population, Complete, Late, Missing, Exempt);
}
