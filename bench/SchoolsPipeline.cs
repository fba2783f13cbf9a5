using System.Globalization;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Lake;
using PortfolioAnalytics.Warehouse.Metrics.Rollup;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Bench;

/// <summary>
/// --schools N: N demo schools sharing the size's students in one warehouse, as the user builds and asks it — a fresh
/// `portfolio demo --schools N --no-serve` process (generate, load and release one school at a time; its peak RSS is
/// the national load's), then the roll-up `portfolio completion --by school`, `--by district` and `--all-schools --by
/// phase` as processes, `portfolio export-lake` with the roll-up over the lake, and the roll-up in-process over both (the
/// statement without the process's start, cold run apart).
/// </summary>
internal static class SchoolsPipeline
{
    public static SizeResult Run(BenchOptions options, int students, TextWriter log)
    {
        var dir = Path.Combine(options.WorkDir, $"schools-{options.Schools}-{students.ToString(CultureInfo.InvariantCulture)}");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        var steps = new List<StepResult>();
        void Add(StepResult step)
        {
            steps.Add(step);
            log.WriteLine($"  {step.Step,-36}{step.MedianMs,12:N1} ms  peak {step.PeakRssMb:N0} MB");
        }

        log.WriteLine($"{options.Schools:N0} schools, {students:N0} students");
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        Add(Stopwatches.TimeProcess($"portfolio demo --schools {options.Schools}", 0, options.Portfolio,
            ["demo", "--schools", N(options.Schools), "--students", N(students), "--seed", N(options.Seed), "--no-serve", "--data", dir], null));
        var warehouse = Path.Combine(dir, "warehouse.duckdb");
        var lake = Path.Combine(dir, "lake");
        string[] Rollup(string source, string path, string by) =>
            ["completion", source, path, "--semester", "111-2", "--as-of", "112.05.20 06:00", "--by", by, "--format", "json"];
        foreach (var by in new[] { "school", "district" })
            Add(Stopwatches.TimeProcess($"portfolio completion --by {by}", options.Repeat, options.Portfolio, Rollup("--warehouse", warehouse, by), null));
        Add(Stopwatches.TimeProcess("portfolio completion --all-schools --by phase", options.Repeat, options.Portfolio,
            [.. Rollup("--warehouse", warehouse, "phase"), "--all-schools"], null));
        Add(Stopwatches.TimeProcess("portfolio export-lake", 0, options.Portfolio, ["export-lake", "--warehouse", warehouse, "--out", lake], null));
        Add(Stopwatches.TimeProcess("portfolio completion --lake --by school", options.Repeat, options.Portfolio, Rollup("--lake", lake, "school"), null));
        using (var db = WarehouseDb.Open(warehouse)) Add(InProcess("roll-up in-process --by school (warehouse)", db, options.Repeat));
        using (var db = LakeDb.Open(lake)) Add(InProcess("roll-up in-process --by school (lake)", db, options.Repeat));
        return new SizeResult(students, 0, new FileInfo(warehouse).Length, steps, new Ratios(null, null, null));
    }

    private static StepResult InProcess(string step, WarehouseDb db, int repeat) =>
        Stopwatches.Time(step, repeat, () =>
            (new SchoolRollup(db, new WarehouseSchools(db)).Completion(new Semester(111, 2), new DateTime(2023, 5, 20, 6, 0, 0), RollupBy.School).Count, null))
        .GetAwaiter().GetResult();
}
