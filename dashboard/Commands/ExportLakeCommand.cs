using System.CommandLine;
using System.Diagnostics;
using PortfolioAnalytics.Warehouse.Lake;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>
/// <c>portfolio export-lake --warehouse FILE --out DIR</c>: every core table as Hive-partitioned Parquet
/// (TABLE/school=CODE/year=YEAR/…), one progress line per table.
/// </summary>
internal static class ExportLakeCommand
{
    public static Command Create()
    {
        var warehouse = new Option<FileInfo>("--warehouse") { Description = "倉儲檔案（DuckDB）", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "資料湖資料夾（各資料表寫成 表名/school=學校代碼/year=學年度/*.parquet）", Required = true };
        var command = new Command("export-lake", "把倉儲的資料表匯出為依學校、學年度分區的 Parquet 資料湖（可供 DuckDB、Trino、Spark 查詢）")
        {
            warehouse, output,
        };
        command.SetAction(parse => Run(parse.GetValue(warehouse)!, parse.GetValue(output)!, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(FileInfo warehouse, DirectoryInfo output, TextWriter console, TextWriter error)
    {
        if (!warehouse.Exists)
        {
            error.WriteLine($"找不到倉儲檔案：{warehouse.FullName}（請先執行 portfolio load）");
            return 2;
        }
        console.WriteLine($"portfolio export-lake：{warehouse.FullName} → {output.FullName}");
        var watch = Stopwatch.StartNew();
        using var db = WarehouseDb.Open(warehouse.FullName);
        var tables = LakeExport.Write(db, output.FullName, new Progress(console));
        console.WriteLine($"完成：{tables.Count} 個資料表、{tables.Sum(t => t.Rows):#,0} 列，耗時 {StepConsole.Seconds(watch.Elapsed)}；資料湖：{output.FullName}");
        return 0;
    }

    /// <summary>Writes each table's line as it is reported (synchronously, unlike <see cref="Progress{T}"/>).</summary>
    private sealed class Progress(TextWriter console) : IProgress<string>
    {
        public void Report(string value) => console.WriteLine("  " + value);
    }
}
