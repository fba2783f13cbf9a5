namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// A phase's cumulative completions at the end of one day: members done on time (by the deadline) and done late,
/// of its population (students; artifacts for certification; the task itself for a unit task). The last point of a
/// series equals the phase's <see cref="CompletionRow"/> counts.
/// </summary>
public sealed record ProgressPoint(string PhaseId, DateTime Day, long OnTime, long Late, long Population)
{
    public long Done => OnTime + Late;

    public CompletionCounts Counts => new(Population, OnTime, Late, Population - OnTime - Late, 0);
}
