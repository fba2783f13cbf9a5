using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Bench;

/// <summary>
/// The whole pipeline for one demo school size: generate the export; load it into a fresh warehouse and again (nothing
/// changes) as the user does, a fresh `portfolio load` process per run; the ceiling (DuckDB read_csv of the same files);
/// `portfolio completion` as processes; then in-process the completion queries the reports and dashboard make and
/// every document.
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
        Add(await Stopwatches.Time("generate", 0, () =>
        {
            demo = DemoSchool.Write(new DemoOptions(students, options.Seed), Path.Combine(dir, "exports"));
            return (demo.RowsPerKind.Values.Sum(), null);
        }));
        var warehouse = Path.Combine(dir, "warehouse.duckdb");
        var clock = demo!.ExportedAt.AddHours(3);
        if (options.PullOnly)
        {
            await PullPipeline.Run(dir, school, demo, options.Repeat, Add);
            return new SizeResult(students, demo.RowsPerKind.Values.Sum(), 0, steps, new Ratios(null, null, null));
        }

        var exportRows = demo.RowsPerKind.Values.Sum();
        var load = new[] { "load", demo.ExportDir, "--warehouse", warehouse, "--school", "jingxin" };
        // 1 = loaded with rejects: the demo export carries deliberate dirt.
        static bool Loaded(int code) => code is 0 or 1;
        var fresh = Stopwatches.TimeProcess("portfolio load (fresh warehouse)", options.Repeat, options.Portfolio, load, exportRows,
            before: () => DeleteDatabase(warehouse), succeeded: Loaded);
        Add(fresh);
        Add(Stopwatches.TimeProcess("portfolio load (unchanged)", options.Repeat, options.Portfolio, load, exportRows, succeeded: Loaded));
        var ceilingFile = Path.Combine(dir, "read_csv.duckdb");
        var ceiling = await Stopwatches.Time("ceiling: duckdb read_csv", options.Repeat,
            () => (ReadCsvCeiling.Load(demo.ExportDir, ceilingFile), null));
        Add(ceiling);
        DeleteDatabase(ceilingFile);
        var ratios = new Ratios(Math.Round(ceiling.MedianMs / fresh.MedianMs, 3), Math.Round(ceiling.ColdMs / fresh.ColdMs, 3), null);
        log.WriteLine($"  load_vs_read_csv = {ratios.LoadVsReadCsv}（冷啟動 {ratios.LoadColdVsReadCsvCold}）");

        var asOfText = demo.ExportedAt.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var by in new[] { "class", "student" })
            Add(Stopwatches.TimeProcess($"portfolio completion --by {by}", options.Repeat, options.Portfolio,
                ["completion", "--warehouse", warehouse, "--semester", Semester.ToString(), "--as-of", asOfText, "--by", by, "--format", "json"],
                null));

        if (options.Postgres) await PullPipeline.Run(dir, school, demo, options.Repeat, Add);

        IReadOnlyList<CompletionRow> byClass;
        using (var db = WarehouseDb.Open(warehouse))
        {
            var metrics = new CompletionMetrics(db, school);
            var asOf = demo.ExportedAt;
            byClass = metrics.Completion(new CompletionQuery(Semester, asOf, Breakdown.Class));
            if (options.Postgres)
            {
                var upload = metrics.Phases(Semester).First(p => p.Kind == PhaseKind.ArtifactUpload && p.Semester == Semester);
                var speedup = await PostgresPeer.Run(PullPipeline.Connection(), metrics, upload, asOf, options.Repeat, Add);
                ratios = ratios with { SpeedupVsPostgres = speedup };
                log.WriteLine($"  speedup_vs_postgres = {speedup}");
            }
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
        if (options.Copies > 0)
            await ManySchools.Run(warehouse, school, Semester, demo.ExportedAt, options.Copies, options.Repeat, byClass, Add);
        return new SizeResult(students, exportRows, new FileInfo(warehouse).Length, steps, ratios);
    }

    private static void DeleteDatabase(string file)
    {
        foreach (var f in new[] { file, file + ".wal" }) File.Delete(f);
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
