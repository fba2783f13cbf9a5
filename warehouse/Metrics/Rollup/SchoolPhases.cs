using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Warehouse.Metrics.Rollup;

/// <summary>One school's own completion by phase, as the roll-up sums it.</summary>
public sealed record SchoolPhases(SchoolEntry School, IReadOnlyList<SchoolPhase> Phases);
