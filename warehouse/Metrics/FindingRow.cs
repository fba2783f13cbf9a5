namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// A compliance finding: Kind is one of selection-over-cap, upload-over-subject-cap, certification-outside-window,
/// receipt-error-unresolved, no-counseling; Message is the zh-TW sentence staff read.
/// </summary>
public sealed record FindingRow(string Kind, string Message, string? StudentNo, string? ClassCode, string? StaffNo);
