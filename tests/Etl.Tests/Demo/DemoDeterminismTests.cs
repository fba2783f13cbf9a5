using PortfolioAnalytics.Etl.Demo;

namespace PortfolioAnalytics.Etl.Tests.Demo;

public sealed class DemoDeterminismTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "demo-det-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private DemoSummary Write(string name, int seed) =>
        DemoSchool.Write(new DemoOptions(Students: 300, Seed: seed), Path.Combine(_root, name));

    [Fact]
    public void The_same_seed_writes_byte_identical_files()
    {
        var a = Write("a", 7);
        var b = Write("b", 7);
        var files = Directory.GetFiles(a.ExportDir).Select(Path.GetFileName).Order().ToList();
        files.Should().HaveCount(17);
        Directory.GetFiles(b.ExportDir).Select(Path.GetFileName).Order().Should().Equal(files);
        foreach (var f in files)
            File.ReadAllBytes(Path.Combine(b.ExportDir, f!)).Should().Equal(File.ReadAllBytes(Path.Combine(a.ExportDir, f!)), f);
        b.RowsPerKind.Should().Equal(a.RowsPerKind);
    }

    [Fact]
    public void A_different_seed_writes_different_people_and_activity()
    {
        var a = Write("a", 7);
        var b = Write("b", 8);
        foreach (var f in new[] { "學生基本資料.csv", "課程學習成果.csv", "成果認證.csv", "收訖明細.csv" })
            File.ReadAllBytes(Path.Combine(b.ExportDir, f)).Should().NotEqual(File.ReadAllBytes(Path.Combine(a.ExportDir, f)), f);
    }

    [Fact]
    public void Rewriting_into_the_same_folder_replaces_the_files()
    {
        var dir = Path.Combine(_root, "same");
        DemoSchool.Write(new DemoOptions(Students: 600, Seed: 1), dir);
        var second = DemoSchool.Write(new DemoOptions(Students: 300, Seed: 1), dir);
        new DemoExport(dir).Rows("學生基本資料.csv").Should().HaveCount((int)second.RowsPerKind["students"]);
    }
}
