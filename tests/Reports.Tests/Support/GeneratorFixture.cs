using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Reports.Tests.Support;

/// <summary>One generator (one Chromium) for the tests of a class, over the hand-made 111-1 data.</summary>
public sealed class GeneratorFixture : IAsyncLifetime
{
    public static readonly DateTime AsOf = new(2023, 2, 20, 8, 0, 0);
    public static readonly DateTime Generated = new(2023, 2, 20, 9, 30, 0);
    public static string LookFolder { get; } = Path.Combine(Path.GetTempPath(), "portfolio-report-look");

    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"reports-fake-{Guid.NewGuid():N}.duckdb");
    private WarehouseDb? _db;

    internal FakeReportData Data { get; } = FakeReportData.Semester111_1();
    public ReportGenerator Generator { get; private set; } = null!;

    public ReportRequest Request => new(FakeReportData.S111_1, AsOf);

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(LookFolder);
        _db = WarehouseDb.Open(_dbPath);
        Generator = new ReportGenerator(Data, Clock.Fixed(Generated));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Generator.DisposeAsync();
        _db?.Dispose();
        foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_dbPath) + "*")) File.Delete(f);
    }

    /// <summary>Saves page <paramref name="page"/> as a PNG in <see cref="LookFolder"/> for a person to look at.</summary>
    public static void SaveLook(byte[] pdf, string name, int page = 1) =>
        Pdf.FirstPagePng(pdf, Path.Combine(LookFolder, name), page);
}
