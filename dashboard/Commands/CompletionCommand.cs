using System.CommandLine;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Lake;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Metrics.Rollup;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary><c>portfolio completion</c>: each phase's population, complete, late, missing and exempt, as of a moment.</summary>
internal static class CompletionCommand
{
    public static Command Create()
    {
        var warehouse = new Option<FileInfo?>("--warehouse") { Description = "倉儲檔案（DuckDB）" };
        var lake = new Option<DirectoryInfo?>("--lake") { Description = "資料湖資料夾（portfolio export-lake 的輸出）：代替 --warehouse，做跨校彙總" };
        var semester = new Option<string>("--semester") { Description = "學期，例如 111-1", Required = true };
        var phase = new Option<string?>("--phase") { Description = "只看一個階段（階段代號）" };
        var asOf = new Option<string?>("--as-of") { Description = "計算時點，例如 2023-02-03T23:59 或 112.02.03 23:59（只給日期 = 當日 23:59:59；預設為現在）" };
        var by = new Option<string>("--by")
        {
            Description = "分組：phase、grade、class、tutor、teacher、student；跨校彙總：school（各校）、district（行政區）、phase（加 --all-schools：階段種類）",
            DefaultValueFactory = _ => "phase",
        };
        by.AcceptOnlyFromAmong("phase", "grade", "class", "tutor", "teacher", "student", "school", "district");
        var allSchools = new Option<bool>("--all-schools") { Description = "跨倉儲中所有學校彙總（每校以其自己的設定計算再加總）" };
        var format = new Option<string>("--format") { Description = "輸出格式：table、json、csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var school = SchoolOption.Create();

        var command = new Command("completion", "各階段完成情形（應完成／準時完成／逾期完成／未完成／免除）；或跨校彙總（依學校、行政區、階段種類）")
        {
            warehouse, lake, semester, phase, asOf, by, allSchools, format, school,
        };
        command.SetAction(result =>
        {
            var byText = result.GetValue(by)!;
            var (warehouseFile, lakeDir) = (result.GetValue(warehouse), result.GetValue(lake));
            if (lakeDir is not null || result.GetValue(allSchools) || byText is "school" or "district")
                return RunRollup(warehouseFile, lakeDir, result.GetValue(semester)!, result.GetValue(asOf), byText, result.GetValue(format)!,
                    result.GetValue(phase) is null && result.GetValue(school) is null, Console.Out, Console.Error);
            if (warehouseFile is null)
            {
                Console.Error.WriteLine("請以 --warehouse 指定倉儲檔案（或以 --lake 指定資料湖做跨校彙總）");
                return 2;
            }
            return Run(warehouseFile, result.GetValue(semester)!, result.GetValue(phase), result.GetValue(asOf),
                byText, result.GetValue(format)!, result.GetValue(school), Console.Out, Console.Error);
        });
        return command;
    }

    /// <summary>
    /// The roll-up across every school of a warehouse or a lake: each school's own completion by phase, summed by
    /// school, district or phase kind.
    /// </summary>
    internal static int RunRollup(FileInfo? warehouse, DirectoryInfo? lake, string semesterText, string? asOfText, string byText,
        string format, bool noSchoolFilter, TextWriter output, TextWriter error)
    {
        if (!noSchoolFilter)
        {
            error.WriteLine("跨校彙總涵蓋所有學校的所有階段，不能同時使用 --school 或 --phase");
            return 2;
        }
        if ((warehouse is null) == (lake is null))
        {
            error.WriteLine("跨校彙總請指定 --warehouse 倉儲檔案或 --lake 資料湖資料夾其中之一");
            return 2;
        }
        if (!Semester.TryParse(semesterText, out var semester))
        {
            error.WriteLine($"學期格式應為「111-1」，收到「{semesterText}」");
            return 2;
        }
        if (!TryParseAsOf(asOfText, out var asOf, out var asOfError))
        {
            error.WriteLine($"--as-of：{asOfError}");
            return 2;
        }
        RollupBy? by = byText switch { "school" => RollupBy.School, "district" => RollupBy.District, "phase" => RollupBy.Phase, _ => null };
        if (by is null)
        {
            error.WriteLine($"跨校彙總的 --by 只能是 school、district 或 phase，收到「{byText}」");
            return 2;
        }
        if (warehouse is { Exists: false })
        {
            error.WriteLine($"找不到倉儲檔案：{warehouse.FullName}（請先執行 portfolio load）");
            return 2;
        }
        WarehouseDb db;
        try
        {
            db = lake is not null ? LakeDb.Open(lake.FullName) : WarehouseDb.Open(warehouse!.FullName);
        }
        catch (DirectoryNotFoundException e)
        {
            error.WriteLine(e.Message);
            return 2;
        }
        using (db)
        {
            var rows = new SchoolRollup(db, new WarehouseSchools(db)).Completion(semester, asOf, by.Value);
            var source = lake is not null ? $"資料湖 {lake.FullName}" : $"倉儲 {warehouse!.FullName}";
            RollupFormatter.Write(output, format, source, semester, asOf, by.Value, rows);
        }
        return 0;
    }

    internal static int Run(FileInfo warehouse, string semesterText, string? phaseId, string? asOfText, string byText,
        string format, string? schoolName, TextWriter output, TextWriter error)
    {
        using var input = MetricsInput.Open(warehouse, semesterText, asOfText, schoolName, error);
        if (input is null) return 2;
        var (semester, asOf, config) = (input.Semester, input.AsOf, input.School);
        var by = Enum.Parse<Breakdown>(byText, ignoreCase: true);

        var metrics = new CompletionMetrics(input.Db, config);
        IReadOnlyList<CompletionRow> rows;
        try
        {
            rows = metrics.Completion(new CompletionQuery(semester, asOf, by, phaseId));
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            return 2;
        }
        if (metrics.Phases(semester).Count == 0)
            error.WriteLine($"{config.Name} 的設定中沒有 {semester} 的作業階段");

        var report = new CompletionReport(config.Code, config.Name, semester, asOf, by, rows);
        switch (format)
        {
            case "json": CompletionFormatter.WriteJson(output, report); break;
            case "csv": CompletionFormatter.WriteCsv(output, report); break;
            default: CompletionFormatter.WriteTable(output, report); break;
        }
        return 0;
    }

    /// <summary>The as-of moment as <see cref="AsOf"/> reads it; none means now in Taiwan.</summary>
    internal static bool TryParseAsOf(string? text, out DateTime asOf, out string? error) =>
        AsOf.TryParse(text, Clock.System, out asOf, out error);
}
