using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>Loads one export folder (manifest + one file per kind) into the warehouse in one transaction. STUB until ETL lands.</summary>
public static class ExportLoader
{
    /// <param name="progress">Receives (file, rows, rows/s) while loading; null = quiet.</param>
    /// <param name="clock">The moment freshness is judged against; null = now.</param>
    public static LoadResult Load(WarehouseDb db, SchoolConfig school, string exportDir,
        IProgress<string>? progress = null, DateTime? clock = null) =>
        new(0, "failed", "ETL 尚未實作", [], new Dictionary<string, long>(), TimeSpan.Zero);
}
