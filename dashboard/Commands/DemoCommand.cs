using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PortfolioAnalytics.Dashboard.Output;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Dashboard.Setup;
using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Etl.Sources;
using PortfolioAnalytics.Etl.Sources.Database;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>What <c>portfolio demo</c> was asked to do.</summary>
internal sealed record DemoRequest(int Students = 1200, int Seed = 111, string DataDir = "./demo-data", string School = "jingxin", bool NoServe = false,
    string Source = "folder", string Urls = DemoRequest.DefaultUrls)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public string WarehousePath => Path.Combine(DataDir, "warehouse.duckdb");
    public string ReportsDir => Path.Combine(DataDir, "reports");
    public DemoOptions Options => new(Students, Seed, School);
}

/// <summary>
/// <c>portfolio demo</c>: generates the demo school's export into DIR/exports/&lt;date&gt;/, loads it into
/// DIR/warehouse.duckdb (replacing any earlier demo), says in zh-TW what was loaded and rejected, then serves the
/// dashboard while the documents are written in the background (or, with --no-serve, writes them and ends).
/// Every step says what it does before it starts; the long ones show progress.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var students = new Option<int>("--students") { Description = "學生人數（約，分布於十至十二年級）", DefaultValueFactory = _ => 1200 };
        var seed = new Option<int>("--seed") { Description = "亂數種子：相同種子產生完全相同的資料", DefaultValueFactory = _ => 111 };
        var data = new Option<string>("--data") { Description = "資料夾：匯出檔、倉儲與報表都放在這裡", DefaultValueFactory = _ => "./demo-data" };
        var school = new Option<string>("--school") { Description = "學校設定：內建名稱（jingxin、kaohsiung-commercial）或設定檔路徑", DefaultValueFactory = _ => "jingxin" };
        var noServe = new Option<bool>("--no-serve") { Description = "寫完報表後結束，不啟動儀表板" };
        var urls = new Option<string>("--urls") { Description = "儀表板的監聽位址", DefaultValueFactory = _ => DemoRequest.DefaultUrls };
        var source = new Option<string>("--source")
        {
            Description = $"folder：載入匯出檔（預設）；postgres：把資料寫入 {DatabaseSourceConfig.DefaultConnectionEnv} 所指資料庫的示範校務系統結構，再從資料庫擷取",
            DefaultValueFactory = _ => "folder",
        };
        var command = new Command("demo", "產生示範學校的匯出檔、載入倉儲並開啟儀表板（報表於背景產生）") { students, seed, data, school, noServe, urls, source };
        command.SetAction(parse => Run(
            new DemoRequest(parse.GetValue(students), parse.GetValue(seed), parse.GetValue(data)!, parse.GetValue(school)!, parse.GetValue(noServe),
                parse.GetValue(source)!, parse.GetValue(urls)!),
            Console.Out));
        return command;
    }

    internal static int Run(DemoRequest request, TextWriter output)
    {
        var console = StepConsole.For(output);
        console.Line($"portfolio demo：示範學校約 {N(request.Students)} 名學生（種子 {request.Seed}），資料夾 {request.DataDir}");
        if (request.Students < 30)
        {
            output.WriteLine("--students 至少要 30 人");
            return 2;
        }
        if (request.Source is not ("folder" or "postgres"))
        {
            output.WriteLine($"--source 應為 folder 或 postgres，收到「{request.Source}」");
            return 2;
        }
        if (request.Source == "postgres" && Environment.GetEnvironmentVariable(DatabaseSourceConfig.DefaultConnectionEnv) is not { Length: > 0 })
        {
            output.WriteLine($"--source postgres 需要環境變數 {DatabaseSourceConfig.DefaultConnectionEnv}（示範資料庫的連線字串，如 Host=127.0.0.1;Port=5432;Database=admin;Username=…;Password=…）");
            return 2;
        }
        if (!request.NoServe && ListenUrls.Problem(request.Urls) is { } problem)
        {
            output.WriteLine(problem.Message);
            return problem.InUse ? DashboardHost.PortInUseExitCode : 2;
        }
        OsPackages.Ensure(OsPackages.ForDocuments, output);

        SchoolConfig school;
        try
        {
            school = SchoolCatalog.Load(request.School);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or FormatException)
        {
            output.WriteLine(e.Message);
            return 2;
        }

        console.Step($"產生示範學校的匯出檔（{school.Name}）");
        var summary = Generate(request, output);
        console.Step($"載入倉儲（{summary.RowsPerKind.Count} 個檔案，{N(summary.RowsPerKind.Values.Sum())} 筆）");
        LoadResult result;
        try
        {
            result = Load(request, school, summary, output, console);
        }
        catch (System.Data.Common.DbException e)
        {
            // Filling the sample admin schema failed (the pull itself records its faults in etl_load).
            output.WriteLine($"無法寫入示範校務系統資料庫（{DatabaseSourceConfig.DefaultConnectionEnv}）：{e.Message}");
            return 1;
        }
        if (result.Status == "failed") return 1;

        console.Step("登錄示範的行政檢核紀錄");
        using (var db = WarehouseDb.Open(request.WarehousePath))
        {
            var metrics = new CompletionMetrics(db, school);
            Attest(metrics, request, output);
            if (request.NoServe)
            {
                var reports = WriteReports(metrics, request, summary, output, console);
                if (reports != 0) return reports;
            }
        }
        if (!request.NoServe) return Serve(request, summary, output, console);
        output.WriteLine($"完成。倉儲：{request.WarehousePath}");
        return 0;
    }

    /// <summary>The demo year's two semesters, each as of the export moment, each into DIR/reports/&lt;semester&gt;/.</summary>
    internal static IReadOnlyList<(string Folder, ReportRequest Request)> ReportParts(DemoRequest request, DemoSummary summary) =>
        new[] { new Semester(111, 1), new Semester(111, 2) }
            .Select(s => (Path.Combine(request.ReportsDir, s.ToString()), new ReportRequest(s, summary.ExportedAt)))
            .ToList();

    /// <summary>Replaces the previous demo export and writes a fresh one.</summary>
    internal static DemoSummary Generate(DemoRequest request, TextWriter output)
    {
        var options = request.Options;
        var exportDir = Path.Combine(request.DataDir, "exports", options.ExportedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (Directory.Exists(exportDir)) Directory.Delete(exportDir, recursive: true);
        var watch = Stopwatch.StartNew();
        var summary = DemoSchool.Write(options, exportDir);
        output.WriteLine($"示範學校：學校代碼 {summary.SchoolCode}，{N(summary.Students)} 名學生、{N(summary.Classes)} 班、{N(summary.Staff)} 位教職員（種子 {request.Seed}）");
        output.WriteLine($"作業日程：{summary.ScheduleSource}");
        output.WriteLine($"匯出檔：{exportDir}（{summary.RowsPerKind.Count} 個檔案，共 {N(summary.RowsPerKind.Values.Sum())} 筆，"
                         + $"匯出時間 {RocDate.Format(summary.ExportedAt)}，產生耗時 {Seconds(watch.Elapsed)}）");
        var planted = summary.Dirt.Where(d => d.Line > 0).Sum(d => d.Rows);
        var cascade = summary.Dirt.Where(d => d.Line == 0 && d.RejectCode is not null).Sum(d => d.Rows);
        var files = string.Join("、", summary.Dirt.Where(d => d.RejectCode is null).Select(d => d.File));
        output.WriteLine($"刻意放入的錯誤資料：{N(planted)} 列（預期另有 {N(cascade)} 列隨被拒的學生一併被拒）"
                         + (files.Length > 0 ? $"；{files} 以 Big5 編碼" : ""));
        return summary;
    }

    /// <summary>Loads the export into a fresh warehouse and prints what happened per kind and per reject reason.</summary>
    internal static LoadResult Load(DemoRequest request, SchoolConfig school, DemoSummary summary, TextWriter output, StepConsole? console = null)
    {
        foreach (var stale in new[] { request.WarehousePath, request.WarehousePath + ".wal" })
            if (File.Exists(stale)) File.Delete(stale);
        using var db = WarehouseDb.Open(request.WarehousePath);
        using var source = Source(request, school, summary, output);
        // Judge freshness a few hours after the export moment, so a demo of old data is not flagged as stale.
        var result = ExportLoader.Load(db, school, source, console?.LoadProgress(), clock: summary.ExportedAt.AddHours(3),
            time: DemoClock(summary));
        if (result.Status != LoadResult.Failed) SchoolConfigStore.Save(db, school);
        console?.EndLine();
        Print(result, request, output);
        return result;
    }

    /// <summary>The export folder, or (--source postgres) the sample admin schema filled with the export's rows, pulled in full.</summary>
    private static IRecordSource Source(DemoRequest request, SchoolConfig school, DemoSummary summary, TextWriter output)
    {
        if (request.Source != "postgres") return new ExportFolderSource(summary.ExportDir);
        var connection = Environment.GetEnvironmentVariable(DatabaseSourceConfig.DefaultConnectionEnv)!;
        var watch = Stopwatch.StartNew();
        var rows = SampleSchemaFiller.Fill(connection, school, summary.ExportDir, summary.ExportedAt);
        var database = new DatabaseSource(school, DatabaseSourceConfigReader.Sample(), summary.ExportedAt, forceFull: true, connection);
        output.WriteLine($"示範校務系統資料庫：已寫入 {N(rows.Values.Sum())} 筆至結構 adm（{rows.Count} 個資料表，耗時 {Seconds(watch.Elapsed)}），自資料庫擷取");
        return database;
    }

    private static void Print(LoadResult result, DemoRequest request, TextWriter output)
    {
        var status = result.Status switch
        {
            "succeeded" => "成功",
            "rejected-rows" => "成功（部分資料被拒）",
            _ => "失敗",
        };
        output.WriteLine($"載入倉儲：{request.WarehousePath}（載入編號 {result.LoadId}，狀態：{status}，耗時 {Seconds(result.Elapsed)}）");
        if (!string.IsNullOrWhiteSpace(result.Message)) output.WriteLine($"  {result.Message}");
        if (result.Kinds.Count > 0)
        {
            var table = new TextTable("檔案", "讀取", "載入", "拒絕", "說明");
            var rows = result.Kinds.Select(k => (Name: k.File, k.Read, k.Loaded, k.Rejected,
                Note: k.Status == "loaded" ? (k.Encoding == "big5" ? "Big5 編碼" : "") : k.Message ?? k.Status)).ToList();
            rows.Add(("合計", rows.Sum(r => r.Read), rows.Sum(r => r.Loaded), rows.Sum(r => r.Rejected), ""));
            // Right-align the counts: pad each to its column's widest before the table pads the cells.
            int Widest(Func<(string, long Read, long Loaded, long Rejected, string), long> f) => rows.Max(r => N(f(r)).Length);
            var (wr, wl, wj) = (Widest(r => r.Read), Widest(r => r.Loaded), Widest(r => r.Rejected));
            foreach (var r in rows)
                table.Add(r.Name, N(r.Read).PadLeft(wr), N(r.Loaded).PadLeft(wl), N(r.Rejected).PadLeft(wj), r.Note);
            output.Write(table.ToString());
        }
        if (result.RejectsByReason.Count > 0)
        {
            output.WriteLine("  被拒原因（明細見倉儲的 etl_reject，含檔案、行號與原始資料）：");
            foreach (var (reason, count) in result.RejectsByReason.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal))
                output.WriteLine($"    {RejectReasons.Label(reason)}：{N(count)} 筆");
        }
    }

    /// <summary>The 行政檢核 items the demo school's staff attested, so the self-check report has them.</summary>
    private static void Attest(CompletionMetrics metrics, DemoRequest request, TextWriter output)
    {
        var count = DemoAttestations.Write(metrics, request.Options);
        output.WriteLine($"行政檢核：示範學校已登錄 {count} 項辦理紀錄（訓練、公告等）");
    }

    /// <summary>
    /// With --no-serve: writes every document for both semesters of the demo year, as of the export moment, into
    /// DIR/reports/, with a progress bar. A missing font or browser is a clear message naming the Debian package
    /// (exit 4), never a stack trace.
    /// </summary>
    private static int WriteReports(CompletionMetrics metrics, DemoRequest request, DemoSummary summary, TextWriter output, StepConsole console)
    {
        var parts = ReportParts(request, summary);
        var total = parts.Count * ReportGenerator.DocumentSet.Count;
        console.Step($"產生文件（111-1、111-2 各 {ReportGenerator.DocumentSet.Count} 份；PDF 以 Chromium 列印）");
        var watch = Stopwatch.StartNew();
        try
        {
            var written = Task.Run(async () =>
            {
                await using var reports = new ReportGenerator(metrics, DemoClock(summary));
                var files = new List<string>();
                var done = 0;
                console.Progress(0, total, "");
                foreach (var (folder, part) in parts)
                    files.AddRange(await reports.WriteAllAsync(folder, part,
                        path => console.Progress(++done, total, Path.GetRelativePath(request.DataDir, path))));
                return files;
            }).GetAwaiter().GetResult();
            console.EndLine();
            output.WriteLine($"報表：{request.ReportsDir}（111-1、111-2 各 {written.Count / 2} 份，"
                             + $"資料截至 {RocDate.Format(summary.ExportedAt)}，耗時 {Seconds(watch.Elapsed)}）");
            foreach (var file in written) output.WriteLine($"  {Path.GetRelativePath(request.DataDir, file)}");
            return 0;
        }
        catch (ReportException e)
        {
            console.EndLine();
            output.WriteLine($"無法產生報表：{e.Message}");
            return 4;
        }
    }

    /// <summary>
    /// Serves the dashboard on the demo warehouse with one sample account per role, and writes the documents in the
    /// background (the Reports page lists them as they finish). The demo school's clock starts at the export moment
    /// (112.05.20) and runs on from there, so "this week" and the current semester make sense.
    /// </summary>
    private static int Serve(DemoRequest request, DemoSummary summary, TextWriter output, StepConsole console)
    {
        List<SeedAccount> accounts;
        using (var db = WarehouseDb.Open(request.WarehousePath))
            accounts = DemoAccounts.For(new CompletionMetrics(db, SchoolConfigStore.Load(db))).ToList();
        console.Step($"啟動儀表板（{request.Urls}）");
        output.WriteLine($"示範帳號，密碼皆為「{DemoAccounts.Password}」：");
        foreach (var a in accounts)
            output.WriteLine($"  {a.Account.UserName,-11}{a.Account.Role.ToChinese()}　{a.Account.DisplayName}");
        return DashboardHost.RunAsync(new DashboardOptions
        {
            WarehousePath = Path.GetFullPath(request.WarehousePath),
            Urls = request.Urls,
            School = request.School,
            DataDirectory = Path.GetFullPath(request.DataDir),
            Accounts = accounts,
            Clock = DemoClock(summary),
            Documents = new DocumentBatch(request.DataDir, ReportParts(request, summary)),
        }).GetAwaiter().GetResult();
    }

    /// <summary>The demo school's one clock: it starts at the export moment and runs on from there.</summary>
    private static Clock DemoClock(DemoSummary summary) => Clock.RunningFrom(summary.ExportedAt);

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan t) => $"{t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} 秒";
}
