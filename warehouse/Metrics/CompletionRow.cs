namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// One row of a completion query. Keys not in the breakdown are null. Population excludes exempt members;
/// Complete + Late + Missing = Population (late = done after the deadline but by the as-of moment).
/// </summary>
public sealed record CompletionRow(
    string PhaseId,
    string PhaseTitle,
    int? Grade,
    string? ClassCode,
    string? TutorStaffNo,
    string? TutorName,
    string? TeacherStaffNo,
    string? TeacherName,
    string? StudentNo,
    string? StudentName,
    long Population,
    long Complete,
    long Late,
    long Missing,
    long Exempt)
{
    public CompletionCounts Counts => new(Population, Complete, Late, Missing, Exempt);
}
