using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Dashboard.Jobs;
using PortfolioAnalytics.Etl.Sources;
using PortfolioAnalytics.Warehouse.People;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>
/// ETL 狀態 (註冊組): load history, a database pull's watermarks, rejects by reason with the raw row, the scheduler's
/// next runs and history. Every free text here may quote an export's row, so each goes through
/// <see cref="NationalId.MaskIn"/> (page and XLSX).
/// </summary>
public sealed partial class EtlModel(WarehouseGate warehouse, JobBoard board, JobRunLog runs, ILogger<EtlModel> log) : DashboardPage
{
    [BindProperty(SupportsGet = true, Name = "load")] public long? LoadId { get; set; }
    [BindProperty(SupportsGet = true, Name = "reason")] public string? ReasonCode { get; set; }
    [BindProperty] public string? JobKey { get; set; }
    [TempData] public string? Message { get; set; }

    public DataTable Loads { get; private set; } = null!;
    public DataTable Reasons { get; private set; } = null!;
    public DataTable? Rejects { get; private set; }
    public DataTable? Pulls { get; private set; }
    public DataTable Jobs { get; private set; } = null!;
    public DataTable History { get; private set; } = null!;
    public IReadOnlyList<JobInfo> JobList { get; private set; } = [];
    public bool SchedulerOn => board.Enabled;

    public IActionResult OnGet()
    {
        var loads = warehouse.Query(Data.Sql.Load("Pages/etl_loads.sql"), r => (
            Id: r.GetInt64(0), Source: r.IsDBNull(1) ? "" : r.GetString(1), Exported: r.IsDBNull(2) ? (DateTime?)null : r.GetDateTime(2),
            Started: r.IsDBNull(3) ? (DateTime?)null : r.GetDateTime(3), Finished: r.IsDBNull(4) ? (DateTime?)null : r.GetDateTime(4),
            Status: r.IsDBNull(5) ? "" : r.GetString(5), Message: r.IsDBNull(6) ? "" : r.GetString(6),
            Files: r.GetInt64(7), Read: r.GetInt64(8), Rejected: r.GetInt64(9)),
            ("school", Service<Data.SchoolRegistry>().Many ? School.Code : null));
        // With many schools a load of another school (or one no longer listed) shows nothing, not its rejects.
        if (Service<Data.SchoolRegistry>().Many && LoadId is { } asked && loads.All(l => l.Id != asked))
        {
            Problems.Add($"{School.Entry.Name}的載入紀錄中沒有第 {asked} 次載入。");
            LoadId = 0;
        }
        LoadId ??= loads.FirstOrDefault().Id;
        Loads = new DataTable("loads", "載入紀錄", ["編號", "來源", "匯出時間", "開始", "結束", "結果", "檔案數", "讀取筆數", "退件筆數", "說明"],
            loads.Select(l => (IReadOnlyList<Cell>)
            [
                new Cell($"#{l.Id}", Href("/Etl", ("load", l.Id)), l.Id), l.Source, Fmt.Date(l.Exported),
                l.Started is { } s ? Fmt.DateTime(s) : "", l.Finished is { } f ? Fmt.DateTime(f) : "",
                StatusText(l.Status), Cell.Number(l.Files), Cell.Number(l.Read), Cell.Number(l.Rejected, Href("/Etl", ("load", l.Id))), NationalId.MaskIn(l.Message),
            ]).ToList());

        var reasons = warehouse.Query(Data.Sql.Load("Pages/etl_reject_reasons.sql"),
            r => (Code: r.GetString(0), Reason: r.GetString(1), Count: r.GetInt64(2), Kinds: r.GetString(3)), ("load_id", LoadId ?? 0));
        Reasons = new DataTable("reasons", $"第 {LoadId} 次載入的退件原因", ["原因代碼", "說明（請依此更正）", "資料種類", "筆數"],
            reasons.Select(x => (IReadOnlyList<Cell>)
                [x.Code, NationalId.MaskIn(x.Reason), EtlWords.Kinds(x.Kinds), Cell.Number(x.Count, Href("/Etl", ("load", LoadId), ("reason", x.Code)))]).ToList());

        var pulls = warehouse.Query(Data.Sql.Load("Pages/etl_pulls.sql"), r => (IReadOnlyList<Cell>)
        [
            KindCatalog.TryGet(r.GetString(0), out var kind) ? kind.Label : r.GetString(0), r.GetString(1) == "full" ? "全部比對" : "增量",
            r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), Cell.Number(r.GetInt64(6)),
        ], ("load_id", LoadId ?? 0));
        Pulls = pulls.Count == 0 ? null : new DataTable("pulls", $"第 {LoadId} 次載入的資料庫擷取與水位",
            ["資料種類", "方式", "水位欄位", "自（不含）", "讀到最新", "下次自", "筆數"], pulls)
        { Note = "增量擷取只讀「水位欄位」晚於起點的資料；下次起點比最新值早一段重疊時間，以免漏掉較晚提交的資料；全部比對會把來源已刪除的資料標為刪除。" };

        if (ReasonCode is not null)
        {
            var rows = warehouse.Query(Data.Sql.Load("Pages/etl_rejects.sql"), r => (IReadOnlyList<Cell>)
            [
                EtlWords.Kinds(r.GetString(0)), r.GetString(1), Cell.Number(r.GetInt64(2)), r.IsDBNull(3) ? "" : r.GetString(3), NationalId.MaskIn(r.GetString(4)),
                new Cell(NationalId.MaskIn(r.IsDBNull(5) ? "" : r.GetString(5)), Css: "raw"),
            ], ("load_id", LoadId ?? 0), ("reason_code", ReasonCode));
            Rejects = new DataTable("rejects", $"退件明細：{ReasonCode}", ["資料種類", "檔案", "行號", "欄位", "說明", "原始資料（身分證號已遮蔽）"], rows)
            { Note = rows.Count >= 500 ? "只列出前 500 筆；完整明細請下載 XLSX。" : null };
        }

        JobList = board.Jobs();
        Jobs = new DataTable("jobs", "排程", ["工作", "排程", "下次執行"],
            JobList.Select(j => (IReadOnlyList<Cell>)[j.Label, EtlWords.Schedule(j.Schedule), j.NextRun is { } n ? Fmt.DateTime(n) : "—"]).ToList());
        History = new DataTable("history", "排程執行紀錄", ["編號", "工作", "觸發", "第幾次", "開始", "結束", "結果", "說明"],
            runs.Recent().Select(r => (IReadOnlyList<Cell>)
            [
                Cell.Number(r.RunId), r.JobName, TriggerText(r.TriggerKind), Cell.Number(r.Attempt), Fmt.DateTime(r.StartedAt),
                r.FinishedAt is { } f ? Fmt.DateTime(f) : "", new Cell(StatusText(r.Status), Css: r.Status == "failed" ? "tag warn" : null), NationalId.MaskIn(r.Message),
            ]).ToList());
        return ExportIfAsked([Loads, Reasons, Jobs, History, .. Rejects is null ? Array.Empty<DataTable>() : [Rejects],
            .. Pulls is null ? Array.Empty<DataTable>() : [Pulls]]) ?? Page();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        if (JobKey is null || !await board.RunNowAsync(JobKey, ct))
            Message = board.Enabled ? "找不到此排程工作" : "排程未啟用，無法立即執行";
        else
        {
            log.LogInformation("Job {Job} queued by role {Role}", JobKey, Me.Role);
            Message = "已排入立即執行，完成後請重新整理本頁查看結果。";
        }
        return Redirect(Href("/Etl"));
    }

    private static string StatusText(string status) => status switch
    {
        "succeeded" => "成功", "rejected-rows" => "成功（有退件）", "partial" => "部分成功", "failed" => "失敗",
        "running" => "執行中", "interrupted" => "中斷", _ => status,
    };

    private static string TriggerText(string kind) => kind switch
    {
        "scheduled" => "排程", "manual" => "立即執行", "retry" => "重試", "hand-off" => "命令列交付", "startup" => "啟動補做", _ => kind,
    };
}
