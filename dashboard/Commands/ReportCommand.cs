using System.CommandLine;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>
/// <c>portfolio report self-check|awards|follow-up|letters --warehouse FILE --semester 111-1 [--as-of …]
/// [--format pdf|xlsx|html] --out FILE [--school CODE] [--class 101] [--letter-template FILE]</c>
/// </summary>
internal static class ReportCommand
{
    private static readonly Dictionary<string, ReportKind> Kinds = new()
    {
        ["self-check"] = ReportKind.SelfCheck,
        ["awards"] = ReportKind.Awards,
        ["follow-up"] = ReportKind.FollowUp,
        ["letters"] = ReportKind.Letters,
    };

    public static Command Create()
    {
        var kind = new Argument<string>("kind")
        {
            Description = "報表：self-check（自我檢核報告）、awards（敘獎評核資料）、follow-up（待追蹤名單）、letters（家長通知）",
        };
        kind.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var warehouse = new Option<string>("--warehouse") { Description = "倉儲檔案（DuckDB）", Required = true };
        var semester = new Option<string>("--semester") { Description = "學期，例如 111-1", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "資料截至的時刻（112.02.20、112.02.20 08:00 或 2023-02-20；只寫日期表示當天 23:59:59）；預設為現在" };
        var format = new Option<string?>("--format") { Description = "pdf、xlsx、html 或 json（報表背後的數字）；預設依 --out 的副檔名，否則自我檢核、敘獎、家長通知為 pdf，待追蹤名單為 xlsx" };
        format.AcceptOnlyFromAmong("pdf", "xlsx", "html", "json");
        var output = new Option<string?>("--out") { Description = "輸出檔案（json 可省略，印在標準輸出）" };
        var school = SchoolOption.Create();
        var classCode = new Option<string?>("--class") { Description = "只列出一個班級（待追蹤名單、家長通知）" };
        var template = new Option<string?>("--letter-template") { Description = "家長通知範本（純文字，UTF-8），取代學校設定中的範本" };

        var command = new Command("report", "產生報表（自我檢核、敘獎、追蹤名單、家長通知）")
        {
            kind, warehouse, semester, asOf, format, output, school, classCode, template,
        };
        command.SetAction(async (parse, cancel) =>
        {
            try
            {
                var reportKind = Kinds[parse.GetRequiredValue(kind)];
                var outPath = parse.GetValue(output);
                var request = new ReportRequest(
                    Semester.Parse(parse.GetRequiredValue(semester)),
                    ParseAsOf(parse.GetValue(asOf)),
                    parse.GetValue(classCode),
                    ReadTemplate(parse.GetValue(template)));
                var reportFormat = ChooseFormat(reportKind, parse.GetValue(format), outPath);
                var path = Path.GetFullPath(parse.GetRequiredValue(warehouse));
                if (!File.Exists(path))
                {
                    Console.Error.WriteLine($"找不到倉儲檔案：{path}（請先執行 portfolio load 或 portfolio demo）");
                    return 1;
                }

                var started = System.Diagnostics.Stopwatch.StartNew();
                using var db = WarehouseDb.Open(path);
                var config = SchoolOption.Resolve(db, parse.GetValue(school));
                await using var generator = new ReportGenerator(new CompletionMetrics(db, config));
                var bytes = await generator.RenderAsync(reportKind, request, reportFormat);
                if (outPath is null)
                {
                    if (reportFormat != ReportFormat.Json) throw new ArgumentException("請以 --out 指定輸出檔案（只有 --format json 可印在標準輸出）");
                    await Console.OpenStandardOutput().WriteAsync(bytes, cancel);
                    return 0;
                }
                var full = Path.GetFullPath(outPath);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                await File.WriteAllBytesAsync(full, bytes, cancel);
                Console.WriteLine($"已產生{ReportGenerator.KindName(reportKind)}（{request.Semester.ToChinese()}，" +
                                  $"{reportFormat.ToString().ToUpperInvariant()}，{bytes.Length:N0} 位元組，{started.Elapsed.TotalSeconds:0.0} 秒）：{full}");
                return 0;
            }
            catch (SchoolChoiceException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            catch (Exception e) when (e is ReportException or FormatException or FileNotFoundException or IOException or ArgumentException)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>The as-of moment as <see cref="AsOf"/> reads it; none means now (the generator's clock).</summary>
    internal static DateTime? ParseAsOf(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : AsOf.Parse(text, Clock.System);

    internal static ReportFormat ChooseFormat(ReportKind kind, string? format, string? outPath)
    {
        var chosen = format ?? Path.GetExtension(outPath ?? "").TrimStart('.').ToLowerInvariant() switch
        {
            "pdf" => "pdf",
            "xlsx" => "xlsx",
            "html" or "htm" => "html",
            "json" => "json",
            _ => null,
        };
        return chosen switch
        {
            "pdf" => ReportFormat.Pdf,
            "xlsx" => ReportFormat.Xlsx,
            "html" => ReportFormat.Html,
            "json" => ReportFormat.Json,
            _ => ReportGenerator.Formats(kind)[0],
        };
    }

    private static string? ReadTemplate(string? path)
    {
        if (path is null) return null;
        if (!File.Exists(path)) throw new FileNotFoundException($"找不到家長通知範本：{Path.GetFullPath(path)}");
        return File.ReadAllText(path);
    }
}
