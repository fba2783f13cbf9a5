using System.CommandLine;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary><c>portfolio findings</c>: the compliance findings (over caps, certification outside its window …) as of a moment.</summary>
internal static class FindingsCommand
{
    public static Command Create()
    {
        var warehouse = new Option<FileInfo>("--warehouse") { Description = "倉儲檔案（DuckDB）", Required = true };
        var semester = new Option<string>("--semester") { Description = "學期，例如 111-1", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "計算時點，例如 2023-02-03T23:59 或 112.02.03 23:59（只給日期 = 當日 23:59:59；預設為現在）" };
        var format = new Option<string>("--format") { Description = "輸出格式：table、json、csv、xlsx", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv", "xlsx");
        var output = new Option<FileInfo?>("--out") { Description = "寫入檔案（xlsx 必填；其他格式預設輸出到畫面）" };
        var school = SchoolOption.Create();

        var command = new Command("findings", "稽核發現：勾選或上傳超過上限、認證不在期間內、收訖明細錯誤未處理、尚無課程諮詢紀錄")
        {
            warehouse, semester, asOf, format, output, school,
        };
        command.SetAction(result => Run(
            result.GetValue(warehouse)!, result.GetValue(semester)!, result.GetValue(asOf), result.GetValue(format)!,
            result.GetValue(output), result.GetValue(school), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(FileInfo warehouse, string semesterText, string? asOfText, string format, FileInfo? outFile,
        string? schoolName, TextWriter output, TextWriter error)
    {
        if (format == "xlsx" && outFile is null)
        {
            error.WriteLine("--format xlsx 需以 --out 指定寫入的檔案，例如 --out 稽核發現.xlsx");
            return 2;
        }
        using var input = MetricsInput.Open(warehouse, semesterText, asOfText, schoolName, error);
        if (input is null) return 2;
        var metrics = new CompletionMetrics(input.Db, input.School);
        var report = new FindingsReport(input.School.Name, input.Semester, input.AsOf, metrics.Findings(input.Semester, input.AsOf));

        if (format == "xlsx")
        {
            var table = FindingsTable.Build($"{input.School.Name} 稽核發現", report.Rows);
            File.WriteAllBytes(outFile!.FullName, XlsxExport.Build(table, $"{input.Semester.ToChinese()}，計算時點 {RocDate.Format(input.AsOf)}"));
            error.WriteLine($"已寫入 {outFile.FullName}（{report.Rows.Count:#,0} 筆）");
            return 0;
        }
        using var file = outFile is null ? null : new StreamWriter(outFile.FullName, append: false, new System.Text.UTF8Encoding(false));
        var writer = (TextWriter?)file ?? output;
        switch (format)
        {
            case "json": FindingsFormatter.WriteJson(writer, report); break;
            case "csv": FindingsFormatter.WriteCsv(writer, report); break;
            default: FindingsFormatter.WriteTable(writer, report); break;
        }
        return 0;
    }
}
