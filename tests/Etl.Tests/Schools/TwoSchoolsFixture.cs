using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Tests.Schools;

/// <summary>
/// One warehouse holding two schools: the shipped 靜心 and 高雄高商 demo exports (small ones), each loaded with its
/// own school file. Deleted on dispose.
/// </summary>
public sealed class TwoSchoolsFixture : IDisposable
{
    public static readonly string[] Names = ["jingxin", "kaohsiung-commercial"];

    public string Root { get; } = Directory.CreateTempSubdirectory("pa-schools-").FullName;
    public string WarehousePath => Path.Combine(Root, "warehouse.duckdb");
    public IReadOnlyDictionary<string, DemoSummary> Exports { get; }
    public DateTime ExportedAt { get; }

    public TwoSchoolsFixture()
    {
        var exports = new Dictionary<string, DemoSummary>();
        using var db = WarehouseDb.Open(WarehousePath);
        foreach (var name in Names)
        {
            var summary = DemoSchool.Write(new DemoOptions(Students: 240, School: name), Path.Combine(Root, name));
            var config = SchoolCatalog.Load(name);
            var result = ExportLoader.Load(db, config, summary.ExportDir, clock: summary.ExportedAt.AddHours(3));
            if (result.Status == LoadResult.Failed) throw new InvalidOperationException(result.Message);
            SchoolConfigStore.Save(db, config);
            exports[name] = summary;
        }
        Exports = exports;
        ExportedAt = exports.Values.First().ExportedAt;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class TwoSchoolsCollection : ICollectionFixture<TwoSchoolsFixture>
{
    public const string Name = "two schools in one warehouse";
}
