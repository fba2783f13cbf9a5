namespace PortfolioAnalytics.Warehouse.Metrics.Rollup;

/// <summary>
/// Completion across every school of a warehouse or a Parquet lake, for a semester as of a moment. A school's figures
/// here equal its own <see cref="IMetrics.Completion"/> by phase, summed.
/// </summary>
public interface IRollup
{
    IReadOnlyList<RollupRow> Completion(Calendar.Semester semester, DateTime asOf, RollupBy by);
}
