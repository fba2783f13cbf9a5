using System.Globalization;

namespace PortfolioAnalytics.Bench;

/// <summary>
/// --schools N: N demo schools sharing the size's students in one warehouse, as the user builds and asks it — a fresh
/// `portfolio demo --schools N --no-serve` process (generate, load and release one school at a time; its peak RSS is
/// the national load's), then the roll-up `portfolio completion --by school` and `--by district` as processes, and
/// `portfolio export-lake` with the roll-up over the lake.
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
        Add(Stopwatches.TimeProcess("portfolio export-lake", 0, options.Portfolio, ["export-lake", "--warehouse", warehouse, "--out", lake], null));
        Add(Stopwatches.TimeProcess("portfolio completion --lake --by school", options.Repeat, options.Portfolio, Rollup("--lake", lake, "school"), null));
        return new SizeResult(students, 0, new FileInfo(warehouse).Length, steps, new Ratios(null, null, null));
    }
}
