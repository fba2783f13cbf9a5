using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>
/// Keeps the school configuration used by the last load inside the warehouse, so commands that are given only
/// <c>--warehouse</c> (completion, report, serve) use the same rules. STUB until the configuration work lands.
/// </summary>
public static class SchoolConfigStore
{
    public static void Save(WarehouseDb db, SchoolConfig config) { }

    /// <summary>The configuration stored by the last load (the only school, or the given code).</summary>
    public static SchoolConfig Load(WarehouseDb db, string? schoolCode = null) =>
        SchoolCatalog.Load("jingxin");
}
