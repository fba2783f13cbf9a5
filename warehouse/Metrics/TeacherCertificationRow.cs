namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// A course teacher's 認證 work for the artifacts of one semester, as of a moment: certified on time (within the
/// certification phase) / late, still waiting, days from upload to certification (median) and the oldest wait.
/// </summary>
public sealed record TeacherCertificationRow(
    string TeacherStaffNo,
    string TeacherName,
    string Unit,
    long Total,
    long OnTime,
    long Late,
    long Pending,
    double? MedianDays,
    int? OldestPendingDays);
