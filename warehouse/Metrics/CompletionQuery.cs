using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>What <c>portfolio completion</c>, the reports and the dashboard ask: one semester's phases, as of a moment.</summary>
public sealed record CompletionQuery(
    Semester Semester,
    DateTime AsOf,
    Breakdown By,
    string? PhaseId = null,
    int? Grade = null,
    string? ClassCode = null,
    string? TutorStaffNo = null,
    string? TeacherStaffNo = null);
