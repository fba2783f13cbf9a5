using PortfolioAnalytics.Etl.Demo;

namespace PortfolioAnalytics.Etl.Tests.Demo;

/// <summary>One default demo (1,200 students, seed 111) generated once for all the shape tests.</summary>
public sealed class DemoSchoolFixture : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "demo-tests-" + Guid.NewGuid().ToString("N"));
    public DemoSummary Summary { get; }
    internal DemoExport Export { get; }

    public DemoSchoolFixture()
    {
        Summary = DemoSchool.Write(new DemoOptions(), Path.Combine(Root, "export"));
        Export = new DemoExport(Summary.ExportDir);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class DemoSchoolCollection : ICollectionFixture<DemoSchoolFixture>
{
    public const string Name = "default demo school";
}
