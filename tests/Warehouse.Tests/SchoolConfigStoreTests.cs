using System.Globalization;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Tests;

public class SchoolConfigStoreTests
{
    [Fact]
    public void The_configuration_of_the_last_load_comes_back_from_the_warehouse()
    {
        var dir = Directory.CreateTempSubdirectory("pa-cfg-");
        try
        {
            var path = Path.Combine(dir.FullName, "w.duckdb");
            using (var db = WarehouseDb.Open(path))
            {
                SchoolConfigStore.TryLoad(db).Should().BeNull();
                SchoolConfigStore.Save(db, SchoolCatalog.Load("jingxin"));
                SchoolConfigStore.Save(db, SchoolCatalog.Load("kaohsiung-commercial"));
                SchoolConfigStore.Save(db, SchoolCatalog.Load("kaohsiung-commercial"));
            }
            using (var db = WarehouseDb.Open(path))
            {
                SchoolConfigStore.Load(db).Code.Should().Be("533401");
                var jingxin = SchoolConfigStore.Load(db, "413301");
                jingxin.Name.Should().Be("臺北市私立靜心高級中學");
                Schedules.ScheduleResolver.Resolve(jingxin, Calendar.Semester.Parse("111-1")).Should().NotBeEmpty();
                using var c = db.Connect();
                using var cmd = c.CreateCommand();
                cmd.CommandText = "SELECT count(*) FROM school_config";
                Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture).Should().Be(2, "saving the same file again adds no row");
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }
}

public class SchoolConfigStoreFallbackTests
{
    [Fact]
    public void A_fresh_warehouse_falls_back_to_jingxin_but_never_to_another_schools_rules()
    {
        var dir = Directory.CreateTempSubdirectory("pa-cfg-");
        try
        {
            using var db = WarehouseDb.Open(Path.Combine(dir.FullName, "w.duckdb"));
            SchoolConfigStore.Load(db).Code.Should().Be("413301");
            FluentActions.Invoking(() => SchoolConfigStore.Load(db, "533401")).Should().Throw<InvalidOperationException>().WithMessage("*533401*");
            SchoolConfigStore.Save(db, new SchoolConfig { Code = "1", Name = "程式建立" }).Should().BeFalse("a config built in code has no file to keep");
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
