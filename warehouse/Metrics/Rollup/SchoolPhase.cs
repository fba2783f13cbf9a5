using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Warehouse.Metrics.Rollup;

/// <summary>One phase of one school: its kind and counts.</summary>
public sealed record SchoolPhase(string PhaseId, PhaseKind Kind, CompletionCounts Counts);
