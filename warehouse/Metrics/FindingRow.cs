namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// A compliance finding: Kind is one of <see cref="FindingKinds"/>; Rule is the rule broken and Message what was
/// found and what to do, both zh-TW. StaffNo is the course teacher (certification-outside-window) or the 導師
/// (no-counseling); PhaseId the schedule phase the finding concerns, when there is one.
/// </summary>
public sealed record FindingRow(
    string Kind, string Rule, string Message, string? StudentNo, string? ClassCode, string? StaffNo, string? PhaseId);
