using DuckDB.NET.Data;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// DuckDB's memory limit while a load runs: its staging tables, checks and merge spill to the warehouse's temporary
/// directory beyond it, so a load's memory stays the same whatever the export's size (DuckDB's default, 80 % of the
/// machine's memory, is what a large export filled). DuckDB's default comes back when the load ends.
/// </summary>
internal sealed class LoadMemoryLimit : IDisposable
{
    /// <summary>Measured: the 20,000-student demo school stages, checks and merges within it without spilling.</summary>
    public const long Bytes = 1L << 30;

    private readonly DuckDBConnection _c;

    private LoadMemoryLimit(DuckDBConnection c) => _c = c;

    public static LoadMemoryLimit Apply(DuckDBConnection c)
    {
        var bound = Math.Min(Bytes, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 8 / 10);
        SqlText.Execute(c, $"SET memory_limit = '{bound / 1048576}MiB'");
        return new LoadMemoryLimit(c);
    }

    public void Dispose() => SqlText.Execute(_c, "RESET memory_limit");
}
