using System.CommandLine;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Etl.Sources;
using PortfolioAnalytics.Etl.Sources.Database;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>
/// <c>portfolio load EXPORT_DIR --warehouse FILE --school CONFIG [--progress] [--allow-mass-delete KIND]…
/// [--mass-delete-share PERCENT] [--reject-future-dates] [--max-export-mb MB]</c>, or
/// <c>portfolio load --source postgres --warehouse FILE --school CONFIG [--full]</c> (the school file's source_database).
/// Exit codes: 0 loaded, 1 loaded with rejects (or a file stopped), 2 usage, 3 failed (warehouse unchanged).
/// </summary>
internal static class LoadCommand
{
    public const int Ok = 0, WithRejects = 1, Usage = 2, Failed = 3;

    public static Command Create()
    {
        var dir = new Argument<string?>("EXPORT_DIR") { Description = "匯出資料夾（含 manifest.json）", Arity = ArgumentArity.ZeroOrOne };
        var warehouse = new Option<string?>("--warehouse") { Description = "倉儲檔（DuckDB），不存在時會建立" };
        var school = new Option<string?>("--school") { Description = "學校設定：內建名稱（jingxin、kaohsiung-commercial）或設定檔路徑" };
        var progress = new Option<bool>("--progress") { Description = "輸出被導向時也顯示進度（在終端機上一律顯示）" };
        var allow = new Option<string[]>("--allow-mass-delete")
            { Description = "確認此資料種類（如 students）的 full 檔確實要刪除大量資料；可重複", Arity = ArgumentArity.OneOrMore };
        var share = new Option<decimal?>("--mass-delete-share") { Description = "full 檔未經確認最多可標為刪除的比例（%，預設 20）" };
        var future = new Option<bool>("--reject-future-dates") { Description = "日期晚於匯出時間的列予以退回（預設只警告）" };
        var maxMb = new Option<long?>("--max-export-mb") { Description = "一次匯出最多可載入的大小（MB，預設依可用記憶體估算）" };
        var source = new Option<string>("--source") { Description = "資料來源：folder（匯出資料夾，預設）或 postgres（學校設定 source_database 的資料庫）", DefaultValueFactory = _ => "folder" };
        var full = new Option<bool>("--full") { Description = "資料庫來源：全部重新比對（找出已刪除的資料），不只取變動" };
        var command = new Command("load", "載入校務行政系統匯出檔或資料庫至倉儲")
            { dir, warehouse, school, progress, allow, share, future, maxMb, source, full };
        command.SetAction(parse =>
        {
            var options = new LoadOptions
            {
                AllowMassDelete = (parse.GetValue(allow) ?? []).ToHashSet(),
                RejectFutureDates = parse.GetValue(future),
                MaxExportBytes = parse.GetValue(maxMb) * 1024 * 1024,
            };
            if (parse.GetValue(share) is { } percent) options = options with { MassDeleteShare = percent / 100 };
            return Run(parse.GetValue(dir), parse.GetValue(warehouse), parse.GetValue(school), parse.GetValue(progress), options,
                parse.GetValue(source)!, parse.GetValue(full));
        });
        return command;
    }

    public static int Run(string? exportDir, string? warehousePath, string? schoolName, bool forceProgress, LoadOptions? options = null,
        string source = "folder", bool full = false)
    {
        options ??= LoadOptions.Default;
        var fromDatabase = source is "postgres" or "postgresql";
        if (source is not ("folder" or "postgres" or "postgresql") || (exportDir is null && !fromDatabase) || warehousePath is null || schoolName is null)
        {
            Console.Error.WriteLine("用法：portfolio load 匯出資料夾 --warehouse 倉儲檔 --school 學校設定 [--progress]\n"
                                    + "　或：portfolio load --source postgres --warehouse 倉儲檔 --school 學校設定 [--full]");
            return Usage;
        }
        SchoolConfig config;
        try
        {
            config = SchoolCatalog.Load(schoolName);
        }
        catch (Exception e) when (e is FileNotFoundException or FormatException or InvalidDataException or SchoolConfigException)
        {
            Console.Error.WriteLine(e.Message);
            return Usage;
        }
        if (options.AllowMassDelete.FirstOrDefault(k => !KindCatalog.TryGet(k, out _)) is { } unknown)
        {
            Console.Error.WriteLine($"--allow-mass-delete 的「{unknown}」不是已知的資料種類（可用：{string.Join("、", KindCatalog.All.Select(k => k.Kind))}）");
            return Usage;
        }
        if (options.MassDeleteShare is < 0 or > 1 || options.MaxExportBytes is <= 0)
        {
            Console.Error.WriteLine("--mass-delete-share 應介於 0 與 100（%）之間，--max-export-mb 應大於 0");
            return Usage;
        }
        if (fromDatabase) return Pull(warehousePath, config, full, forceProgress, options);
        if (!Directory.Exists(exportDir))
        {
            Console.Error.WriteLine($"找不到匯出資料夾「{exportDir}」");
            return Usage;
        }
        if (!options.IsDefault && HandOff.RunningServer.Read(warehousePath) is not null)
        {
            Console.Error.WriteLine("倉儲檔正由執行中的儀表板伺服器管理，而伺服器代為載入時不帶 --allow-mass-delete 等選項；本次未載入。請先停止伺服器再以這些選項執行 portfolio load。");
            return Failed;
        }

        // Hand-off point: when a running `portfolio serve` holds this warehouse (DuckDB lets one process write a
        // file), the load should be sent to that server instead of opening the file here. The dashboard adds it.
        if (TryHandOffToServer(exportDir!, warehousePath, config) is { } handedOff) return handedOff;
        using var folder = new ExportFolderSource(exportDir!);
        return Load(folder, warehousePath, config, forceProgress, options);
    }

    /// <summary>Pulls from the school's database (source_database in its file; the connection string from the environment or a secrets file).</summary>
    private static int Pull(string warehousePath, SchoolConfig config, bool full, bool forceProgress, LoadOptions options)
    {
        DatabaseSource source;
        try
        {
            source = DatabaseSource.ForSchool(config, DateTime.Now, full);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine(e.Message);
            return Usage;
        }
        using (source)
        {
            var status = Load(source, warehousePath, config, forceProgress, options);
            foreach (var p in source.Pulls.Where(p => p.Rows >= 0))
                Console.Out.WriteLine($"  {KindCatalog.Get(p.Kind).Label}：{(p.Full ? "全部比對" : "增量")} {p.Rows:N0} 筆，水位 {p.From?.Text ?? "（起點）"} → {p.To?.Text ?? "（無資料）"}");
            return status;
        }
    }

    private static int Load(IRecordSource source, string warehousePath, SchoolConfig config, bool forceProgress, LoadOptions options)
    {
        var terminal = !Console.IsErrorRedirected;
        IProgress<string>? sink = terminal || forceProgress ? new ConsoleProgress(terminal) : null;
        LoadResult result;
        try
        {
            using var db = WarehouseDb.Open(warehousePath);
            result = ExportLoader.Load(db, config, source, sink, options: options);
            (sink as ConsoleProgress)?.Done();
            if (result.Status != LoadResult.Failed) SchoolConfigStore.Save(db, config);
        }
        catch (Exception e) when (MemoryBudget.IsOutOfMemory(e))
        {
            (sink as ConsoleProgress)?.Done();
            Console.Error.WriteLine(MemoryBudget.OutOfMemoryMessage);
            return Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException)
        {
            (sink as ConsoleProgress)?.Done();
            Console.Error.WriteLine(e is DuckDB.NET.Data.DuckDBException && e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase)
                ? $"倉儲「{warehousePath}」正由另一個程式使用中（DuckDB 同時只允許一個程式寫入），本次未載入。若是儀表板伺服器，請待其啟動完成後再試（載入會自動交給它），或先停止該程式。"
                : $"無法開啟倉儲「{warehousePath}」：{e.Message}");
            return Failed;
        }
        Console.Out.Write(LoadSummary.Format(result));
        return result.Status switch
        {
            LoadResult.Succeeded => Ok,
            LoadResult.RejectedRows => WithRejects,
            _ => Failed,
        };
    }

    /// <summary>Null = no server took the load; run it here.</summary>
    private static int? TryHandOffToServer(string exportDir, string warehousePath, SchoolConfig config)
    {
        var handed = HandOff.RunningServer.TryHandOff(warehousePath, exportDir);
        if (handed is null) return null;
        if (handed.Result is not { } result)
        {
            Console.Error.WriteLine(handed.Message);
            return Failed;
        }
        Console.Error.WriteLine($"倉儲檔由執行中的儀表板伺服器管理，已交由伺服器載入（使用伺服器的學校設定；本次指定 {config.Code}）。");
        Console.Out.Write(LoadSummary.Format(result));
        return result.Status switch
        {
            LoadResult.Succeeded => Ok,
            LoadResult.RejectedRows => WithRejects,
            _ => Failed,
        };
    }

    /// <summary>Progress on stderr: one rewritten line on a terminal, plain lines when redirected with --progress.</summary>
    private sealed class ConsoleProgress(bool terminal) : IProgress<string>
    {
        private int _width;

        public void Report(string value)
        {
            if (!terminal)
            {
                Console.Error.WriteLine(value);
                return;
            }
            var pad = Math.Max(0, _width - value.Length);
            Console.Error.Write("\r" + value + new string(' ', pad));
            _width = value.Length;
        }

        public void Done()
        {
            if (terminal && _width > 0) Console.Error.WriteLine();
            _width = 0;
        }
    }
}
