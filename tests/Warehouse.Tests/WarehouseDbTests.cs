using System.Globalization;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Tests;

public class WarehouseDbTests
{
    [Fact]
    public void Opening_a_new_file_applies_migrations_once()
    {
        var dir = Directory.CreateTempSubdirectory("pa-wh-");
        var path = Path.Combine(dir.FullName, "w.duckdb");
        using (var db = WarehouseDb.Open(path)) { }
        using (var db = WarehouseDb.Open(path))
        using (var c = db.Connect())
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT count(*) FROM schema_migration WHERE version = 1";
            Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture).Should().Be(1);
            cmd.CommandText = "SELECT count(*) FROM term WHERE semester = '111-1' AND starts_on = DATE '2022-08-01'";
            Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture).Should().Be(1);
        }
        dir.Delete(true);
    }
}
