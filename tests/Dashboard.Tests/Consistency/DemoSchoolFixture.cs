using PortfolioAnalytics.Dashboard.Commands;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Tests.Consistency;

/// <summary>
/// The demo school (the generator's default size and seed), loaded as <c>portfolio demo</c> loads it, served by the
/// dashboard over its real metrics with the demo's clock; the warehouse file is shared with the in-process commands.
/// </summary>
public sealed class DemoSchoolFixture : DashboardFixture
{
    public static readonly DateTime ExportedAt = new(2023, 5, 20, 6, 0, 0);

    public string DemoDir { get; } = Path.Combine(Path.GetTempPath(), "pa-consistency-" + Guid.NewGuid().ToString("N"));

    internal DemoRequest Request => new(DataDir: DemoDir, NoServe: true);

    protected override DashboardOptions Configure(DashboardOptions options)
    {
        var request = Request;
        var school = SchoolCatalog.Load(request.School);
        var summary = DemoCommand.Generate(request, TextWriter.Null);
        DemoCommand.Load(request, school, summary, TextWriter.Null);
        using (var db = WarehouseDb.Open(request.WarehousePath))
            Etl.Demo.DemoAttestations.Write(new CompletionMetrics(db, school), request.Options);
        return options with
        {
            WarehousePath = Path.GetFullPath(request.WarehousePath),
            School = request.School,
            Metrics = null,
            Clock = Clock.Fixed(ExportedAt),
        };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(DemoDir)) Directory.Delete(DemoDir, recursive: true);
    }
}
