using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PortfolioAnalytics.Dashboard.Output;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Dashboard.Setup;
using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>What <c>portfolio demo</c> was asked to do.</summary>
internal sealed record DemoRequest(int Students = 1200, int Seed = 111, string DataDir = "./demo-data", string School = "jingxin", bool NoServe = false)
{
    public string WarehousePath => Path.Combine(DataDir, "warehouse.duckdb");
    public string ReportsDir => Path.Combine(DataDir, "reports");
    public DemoOptions Options => new(Students, Seed, School);
}

/// <summary>
/// <c>portfolio demo</c>: generates the demo school's export into DIR/exports/&lt;date&gt;/, loads it into
/// DIR/warehouse.duckdb (replacing any earlier demo), says in zh-TW what was loaded and rejected, then writes the
/// reports and serves the dashboard.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var students = new Option<int>("--students") { Description = "學生人數（約，分布於十至十二年級）", DefaultValueFactory = _ => 1200 };
        var seed = new Option<int>("--seed") { Description = "亂數種子：相同種子產生完全相同的資料", DefaultValueFactory = _ => 111 };
        var data = new Option<string>("--data") { Description = "資料夾：匯出檔、倉儲與報表都放在這裡", DefaultValueFactory = _ => "./demo-data" };
        var school = new Option<string>("--school") { Description = "學校設定：內建名稱（jingxin、kaohsiung-commercial）或設定檔路徑", DefaultValueFactory = _ => "jingxin" };
        var noServe = new Option<bool>("--no-serve") { Description = "載入後不啟動儀表板" };
        var command = new Command("demo", "產生示範學校的匯出檔、載入倉儲並開啟儀表板") { students, seed, data, school, noServe };
        command.SetAction(parse => Run(
            new DemoRequest(parse.GetValue(students), parse.GetValue(seed), parse.GetValue(data)!, parse.GetValue(school)!, parse.GetValue(noServe)),
            Console.Out));
        return command;
    }

    internal static int Run(DemoRequest request, TextWriter output)
    {
        if (request.Students < 30)
        {
            output.WriteLine("--students 至少要 30 人");
            return 2;
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

        var summary = Generate(request, output);
        var result = Load(request, school, summary, output);
        if (result.Status == "failed") return 1;

        int reports;
        using (var db = WarehouseDb.Open(request.WarehousePath))
        {
            var metrics = new CompletionMetrics(db, school);
            Attest(metrics, request, output);
            reports = WriteReports(metrics, request, summary, output);
        }
        if (reports != 0) return reports;
        if (!request.NoServe) return Serve(request, summary, output);
        output.WriteLine($"完成。倉儲：{request.WarehousePath}");
        return 0;
    }

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
    internal static LoadResult Load(DemoRequest request, SchoolConfig school, DemoSummary summary, TextWriter output)
    {
        foreach (var stale in new[] { request.WarehousePath, request.WarehousePath + ".wal" })
            if (File.Exists(stale)) File.Delete(stale);
        using var db = WarehouseDb.Open(request.WarehousePath);
        var progress = Console.IsOutputRedirected ? null : new ConsoleProgress(Console.Error);
        // Judge freshness a few hours after the export moment, so a demo of old data is not flagged as stale.
        var result = ExportLoader.Load(db, school, summary.ExportDir, progress, clock: summary.ExportedAt.AddHours(3));
        progress?.Done();
        Print(result, request, output);
        return result;
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
    /// Writes every document for both semesters of the demo year, as of the export moment, into DIR/reports/. A missing
    /// font or browser is a clear message naming the Debian package (exit 4), never a stack trace.
    /// </summary>
    private static int WriteReports(CompletionMetrics metrics, DemoRequest request, DemoSummary summary, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var written = Task.Run(async () =>
            {
                await using var reports = new ReportGenerator(metrics, DemoClock(summary));
                var files = new List<string>();
                foreach (var semester in new[] { new Semester(111, 1), new Semester(111, 2) })
                    files.AddRange(await reports.WriteAllAsync(Path.Combine(request.ReportsDir, semester.ToString()),
                        new ReportRequest(semester, summary.ExportedAt)));
                return files;
            }).GetAwaiter().GetResult();
            output.WriteLine($"報表：{request.ReportsDir}（111-1、111-2 各 {written.Count / 2} 份，"
                             + $"資料截至 {RocDate.Format(summary.ExportedAt)}，耗時 {Seconds(watch.Elapsed)}）");
            foreach (var file in written) output.WriteLine($"  {Path.GetRelativePath(request.DataDir, file)}");
            return 0;
        }
        catch (ReportException e)
        {
            output.WriteLine($"無法產生報表：{e.Message}");
            return 4;
        }
    }

    /// <summary>
    /// Serves the dashboard on the demo warehouse with one sample account per role. The demo school's clock starts at
    /// the export moment (112.05.20) and runs on from there, so "this week" and the current semester make sense.
    /// </summary>
    private static int Serve(DemoRequest request, DemoSummary summary, TextWriter output)
    {
        List<SeedAccount> accounts;
        using (var db = WarehouseDb.Open(request.WarehousePath))
            accounts = DemoAccounts.For(new CompletionMetrics(db, SchoolConfigStore.Load(db))).ToList();
        const string urls = "http://127.0.0.1:5080";
        output.WriteLine($"儀表板：{urls}（按 Ctrl+C 結束）。示範帳號，密碼皆為「{DemoAccounts.Password}」：");
        foreach (var a in accounts)
            output.WriteLine($"  {a.Account.UserName,-11}{a.Account.Role.ToChinese()}　{a.Account.DisplayName}");
        return DashboardHost.RunAsync(new DashboardOptions
        {
            WarehousePath = Path.GetFullPath(request.WarehousePath),
            Urls = urls,
            School = request.School,
            DataDirectory = Path.GetFullPath(request.DataDir),
            Accounts = accounts,
            Clock = DemoClock(summary),
        }).GetAwaiter().GetResult();
    }

    /// <summary>The demo school's one clock: it starts at the export moment and runs on from there.</summary>
    private static Clock DemoClock(DemoSummary summary) => Clock.RunningFrom(summary.ExportedAt);

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan t) => $"{t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} 秒";

    /// <summary>Progress on the terminal, rewritten in place; only used when output is not redirected.</summary>
    private sealed class ConsoleProgress(TextWriter terminal) : IProgress<string>
    {
        private bool _wrote;

        public void Report(string value)
        {
            terminal.Write($"\r\u001b[K{value}");
            _wrote = true;
        }

        public void Done()
        {
            if (_wrote) terminal.Write("\r\u001b[K");
        }
    }
}
