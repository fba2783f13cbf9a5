using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Tests.Demo;

/// <summary>The default demo loads through the real loader into a DuckDB file, rejecting exactly the planted dirt.</summary>
[Collection(DemoSchoolCollection.Name)]
public sealed class DemoLoadTests(DemoSchoolFixture demo)
{
    private LoadResult Load(string name)
    {
        using var db = WarehouseDb.Open(Path.Combine(demo.Root, name, "warehouse.duckdb"));
        return ExportLoader.Load(db, SchoolCatalog.Load("jingxin"), demo.Summary.ExportDir, clock: demo.Summary.ExportedAt.AddHours(3));
    }

    [Fact]
    public void The_demo_loads_with_exactly_the_planted_rejects()
    {
        var result = Load("e2e");
        result.Status.Should().Be(LoadResult.RejectedRows, result.Message);
        (result.StoppedFiles ?? []).Should().BeEmpty();
        result.Kinds.Should().HaveCount(16).And.OnlyContain(k => k.Status == "loaded" && k.Loaded > 0);
        foreach (var k in result.Kinds)
            k.Read.Should().Be(demo.Summary.RowsPerKind[k.Kind], k.Kind);

        var expected = demo.Summary.Dirt.Where(d => d.RejectCode is not null)
            .GroupBy(d => d.RejectCode!).ToDictionary(g => g.Key, g => g.Sum(d => d.Rows));
        result.RejectsByReason.Should().BeEquivalentTo(expected);
        foreach (var k in result.Kinds)
            k.Rejected.Should().Be(demo.Summary.Dirt.Where(d => d.Kind == k.Kind && d.RejectCode is not null).Sum(d => d.Rows), k.Kind);

        result.Kinds.Single(k => k.Kind == "cadre_roles").Encoding.Should().Be("big5");
        (result.Checks ?? []).Should().Contain(c => c.Name.Contains("freshness") && c.Severity == "info");
    }
}
