using System.CommandLine;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary><c>portfolio completion</c>: each phase's population, complete, late, missing and exempt, as of a moment.</summary>
internal static class CompletionCommand
{
    public static Command Create()
    {
        var warehouse = new Option<FileInfo>("--warehouse") { Description = "倉儲檔案（DuckDB）", Required = true };
        var semester = new Option<string>("--semester") { Description = "學期，例如 111-1", Required = true };
        var phase = new Option<string?>("--phase") { Description = "只看一個階段（階段代號）" };
        var asOf = new Option<string?>("--as-of") { Description = "計算時點，例如 2023-02-03T23:59 或 112.02.03 23:59（只給日期 = 當日 23:59:59；預設為現在）" };
        var by = new Option<string>("--by") { Description = "分組：phase、grade、class、tutor、teacher、student", DefaultValueFactory = _ => "phase" };
        by.AcceptOnlyFromAmong("phase", "grade", "class", "tutor", "teacher", "student");
        var format = new Option<string>("--format") { Description = "輸出格式：table、json、csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var school = SchoolOption.Create();

        var command = new Command("completion", "各階段完成情形（應完成／準時完成／逾期完成／未完成／免除）")
        {
            warehouse, semester, phase, asOf, by, format, school,
        };
        command.SetAction(result => Run(
            result.GetValue(warehouse)!, result.GetValue(semester)!, result.GetValue(phase), result.GetValue(asOf),
            result.GetValue(by)!, result.GetValue(format)!, result.GetValue(school), Console.Out, Console.Error));
        return command;
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
