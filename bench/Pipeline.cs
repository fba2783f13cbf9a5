using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Bench;

/// <summary>
/// The whole pipeline for one demo school size, as `portfolio demo` runs it: generate the export, load it into a fresh
/// warehouse, load it again (nothing changes), the completion queries the reports and dashboard make, every document.
/// </summary>
internal sealed class Pipeline(BenchOptions options, TextWriter log)
{
    private static readonly Semester Semester = new(111, 1);

    public async Task<SizeResult> RunAsync(int students)
    {
        var dir = Path.Combine(options.WorkDir, students.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        var school = SchoolCatalog.Load("jingxin");
        var steps = new List<StepResult>();
        void Add(StepResult step)
        {
            steps.Add(step);
            log.WriteLine($"  {step.Step,-28}{step.MedianMs,12:N1} ms{(step.Rows is { } r ? $"  {r:N0} rows" : "")}{(step.Bytes is { } b ? $"  {b:N0} bytes" : "")}");
        }

        log.WriteLine($"{students:N0} students");
        DemoSummary? demo = null;
        Add(await Stopwatches.Time("generate", 1, () =>
        {
            demo = DemoSchool.Write(new DemoOptions(students, options.Seed), Path.Combine(dir, "exports"));
            return (demo.RowsPerKind.Values.Sum(), null);
        }));
        var warehouse = Path.Combine(dir, "warehouse.duckdb");
        var clock = demo!.ExportedAt.AddHours(3);

        Add(await Stopwatches.Time("load (fresh warehouse)", options.Repeat, () =>
        {
            foreach (var f in new[] { warehouse, warehouse + ".wal" }) File.Delete(f);
            using var db = WarehouseDb.Open(warehouse);
            var result = ExportLoader.Load(db, school, demo.ExportDir, clock: clock);
            if (result.Status == LoadResult.Failed) throw new InvalidOperationException(result.Message);
            return (result.Kinds.Sum(k => k.Loaded), null);
        }));
        Add(await Stopwatches.Time("reload (unchanged)", options.Repeat, () =>
        {
            using var db = WarehouseDb.Open(warehouse);
            var result = ExportLoader.Load(db, school, demo.ExportDir, clock: clock);
            return (result.Kinds.Sum(k => k.Inserted + k.Updated + k.Deleted), null);
        }));

        if (options.Postgres) await PullPipeline.Run(dir, school, demo, options.Repeat, Add);

        using (var db = WarehouseDb.Open(warehouse))
        {
            var metrics = new CompletionMetrics(db, school);
            var asOf = demo.ExportedAt;
            foreach (var by in new[] { Breakdown.Phase, Breakdown.Class, Breakdown.Teacher, Breakdown.Student })
                Add(await Stopwatches.Time($"completion --by {by.ToString().ToLowerInvariant()}", options.Repeat,
                    () => (metrics.Completion(new CompletionQuery(Semester, asOf, by)).Count, null)));
            Add(await Stopwatches.Time("student statuses", options.Repeat,
                () => (metrics.Students(new CompletionQuery(Semester, asOf, Breakdown.Student)).Count, null)));
            Add(await Stopwatches.Time("risk (follow-up)", options.Repeat,
                () => (metrics.Risk(new CompletionQuery(Semester, asOf, Breakdown.Student)).Count, null)));
            Add(await Stopwatches.Time("teacher certifications", options.Repeat,
                () => (metrics.TeacherCertifications(new CompletionQuery(Semester, asOf, Breakdown.Teacher)).Count, null)));
            Add(await Stopwatches.Time("findings", options.Repeat,
                () => (metrics.Findings(Semester, asOf).Count, null)));

            if (options.Reports)
            {
                await using var reports = new ReportGenerator(metrics);
                var request = new ReportRequest(Semester, asOf);
                foreach (var kind in Enum.GetValues<ReportKind>())
                    foreach (var format in ReportGenerator.Formats(kind).Where(f => f != ReportFormat.Html))
                        Add(await Stopwatches.TimeAsync($"{Label(kind)} {format.ToString().ToLowerInvariant()}", options.Repeat, async () =>
                        {
                            var bytes = await reports.RenderAsync(kind, request, format);
                            return (null, bytes.LongLength);
                        }));
            }
        }
        return new SizeResult(students, demo.RowsPerKind.Values.Sum(), new FileInfo(warehouse).Length, steps);
    }

    private static string Label(ReportKind kind) => kind switch
    {
        ReportKind.SelfCheck => "report self-check",
        ReportKind.Awards => "report awards",
        ReportKind.FollowUp => "report follow-up",
        ReportKind.Letters => "report letters",
        _ => kind.ToString(),
    };
}
