using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Warehouse.Metrics.Rollup;

/// <summary>
/// One row of a roll-up across schools: the sum of the schools' own per-phase counts (each school classified by its
/// own rules and schedule). Keys not in the grouping are null; <see cref="Schools"/> = how many schools were summed.
/// </summary>
public sealed record RollupRow(
    string? SchoolCode,
    string? SchoolName,
    string? District,
    PhaseKind? Kind,
    string? KindName,
    int Schools,
    CompletionCounts Counts);
