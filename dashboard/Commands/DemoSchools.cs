using System.Diagnostics;
using System.Globalization;
using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>
/// <c>portfolio demo --schools N</c>: N demo schools (示範市立第1高級中學 …, over Taipei's twelve districts) sharing about
/// <c>--students</c> students, in one warehouse. Each school is generated, loaded with its own school file (the demo
/// school's file with code, name and district replaced, kept in DIR/schools/ and stored in the warehouse as loaded)
/// and its export deleted before the next, so memory and disk stay bounded by one school.
/// </summary>
internal static class DemoSchools
{
    public static int Run(DemoRequest request, TextWriter output)
    {
        var console = StepConsole.For(output);
        console.Line($"portfolio demo：{request.Schools} 所示範學校共約 {N(request.Students)} 名學生（種子 {request.Seed}），資料夾 {request.DataDir}");
        if (!request.NoServe)
        {
            output.WriteLine("多校示範只產生倉儲：請加上 --no-serve，完成後以 portfolio serve --warehouse 開啟儀表板");
            return 2;
        }
        if (request.Source != "folder")
        {
            output.WriteLine("多校示範只支援 --source folder");
            return 2;
        }
        string demoYaml;
        try
        {
            demoYaml = SchoolCatalog.Load(request.School).SourceText ?? throw new InvalidDataException($"學校設定「{request.School}」沒有原始檔內容");
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or FormatException)
        {
            output.WriteLine(e.Message);
            return 2;
        }

        var plans = DemoSchoolPlan.Plan(request.Schools, request.Students, request.Seed);
        foreach (var stale in new[] { request.WarehousePath, request.WarehousePath + ".wal" })
            if (File.Exists(stale)) File.Delete(stale);
        var files = Directory.CreateDirectory(Path.Combine(request.DataDir, "schools")).FullName;
        var watch = Stopwatch.StartNew();
        long rows = 0, rejected = 0;
        using (var db = WarehouseDb.Open(request.WarehousePath))
        {
            foreach (var plan in plans)
            {
                var path = Path.Combine(files, plan.Code + ".yaml");
                File.WriteAllText(path, plan.SchoolFile(demoYaml));
                var school = SchoolCatalog.Load(path);
                var exportDir = Path.Combine(request.DataDir, "exports", plan.Code);
                var summary = DemoSchool.Write(new DemoOptions(plan.Students, plan.Seed, path), exportDir);
                var result = ExportLoader.Load(db, school, summary.ExportDir, clock: summary.ExportedAt.AddHours(3));
                Directory.Delete(exportDir, recursive: true);
                if (result.Status == LoadResult.Failed)
                {
                    console.EndLine();
                    output.WriteLine($"{plan.Name}（{plan.Code}）載入失敗：{result.Message}");
                    return 1;
                }
                SchoolConfigStore.Save(db, school);
                rows += result.Kinds.Sum(k => k.Loaded);
                rejected += result.Kinds.Sum(k => k.Rejected);
                console.Progress(plan.Number, plans.Count, $"{plan.Code} {plan.Name}（{plan.District}，{N(summary.Students)} 名學生）");
            }
        }
        console.EndLine();
        output.WriteLine($"已載入 {plans.Count} 所學校、{N(plans.Sum(p => p.Students))} 名學生，共 {N(rows)} 筆（拒絕 {N(rejected)} 筆），"
                         + $"耗時 {StepConsole.Seconds(watch.Elapsed)}；各校設定檔在 {files}");
        output.WriteLine($"完成。倉儲：{request.WarehousePath}");
        return 0;
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
