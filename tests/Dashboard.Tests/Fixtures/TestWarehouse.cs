using System.Reflection;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Tests.Fixtures;

/// <summary>A DuckDB file on disk holding the small hand-built school (Fixtures/small_school.sql).</summary>
public static class TestWarehouse
{
    public static string Create(string directory)
    {
        var path = Path.Combine(directory, "warehouse.duckdb");
        using var db = WarehouseDb.Open(path);
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = SqlResource.Load(Assembly.GetExecutingAssembly(), "Fixtures/small_school.sql");
        cmd.ExecuteNonQuery();
        return path;
    }
}
