using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>What demo school to generate. The same options always produce byte-identical files.</summary>
/// <param name="Students">Roughly how many students in grades 10–12 (classes of about 33, staff about 7.5 %).</param>
/// <param name="Seed">Seeds every random choice; no wall clock is read anywhere.</param>
/// <param name="School">Shipped configuration name or path: gives the school code and the schedule.</param>
/// <param name="Dirt">Inject the few deliberately bad rows (bad ID, duplicate, unknown class, bad date, Big5 file …).</param>
/// <param name="Phases">Overrides the schedule; null = the school's resolved 111-1 and 111-2 schedule, else the built-in 靜心 table.</param>
public sealed record DemoOptions(
    int Students = 1200,
    int Seed = 111,
    string School = "jingxin",
    bool Dirt = true,
    IReadOnlyList<Phase>? Phases = null)
{
    /// <summary>The moment the export was taken: 112.05.20 06:00 (after grade 12's last uploads, before the summer).</summary>
    public DateTime ExportedAt { get; init; } = new(2023, 5, 20, 6, 0, 0);

    /// <summary>The 學年度 the demo covers (plus the previous semester's data uploaded during it).</summary>
    public int AcademicYear { get; init; } = 111;
}
