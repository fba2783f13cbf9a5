using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Retention;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Jobs;

/// <summary>
/// The retention job's work: <see cref="LeaverRetention.Purge"/> in the writer slot, then the follow-up lists in the
/// outbox written before the same cutoff (they name students who may have left since); its outcome in zh-TW.
/// </summary>
public sealed class RetentionPurger(WarehouseGate warehouse, SchoolConfig school, Clock clock, DashboardSettings settings)
{
    public async Task<JobOutcome> PurgeAsync(long runId, CancellationToken ct)
    {
        RetentionResult result;
        using (await warehouse.WriteLockAsync(ct))
            result = LeaverRetention.Purge(warehouse.Db, school, clock.Now, runId);
        var kept = $"{result.Retention.TotalDays / 365:0.#} 年{(school.LeaverDataSealed ? "（封存）" : "")}";
        var lists = PurgeOutbox(result.Cutoff);
        var outbox = lists == 0 ? "" : $"；並刪除 {lists} 批 {Fmt(result.Cutoff)} 前產生的追蹤名單檔";
        return result.Leavers.Count == 0 && lists == 0
            ? new JobOutcome($"沒有離校逾 {kept}（{Fmt(result.Cutoff)} 前）的學生資料需要刪除")
            : new JobOutcome($"已刪除 {result.Leavers.Count} 位離校逾保存期限 {kept}（{Fmt(result.Cutoff)} 前離校）學生的資料，共 {result.RowsDeleted:N0} 筆；明細見 retention_audit{outbox}");
    }

    /// <summary>Outbox folders (named by their moment, yyyy-MM-dd_HHmm) from before the cutoff; returns how many were removed.</summary>
    private int PurgeOutbox(DateOnly cutoff)
    {
        if (!Directory.Exists(settings.OutboxDirectory)) return 0;
        var removed = 0;
        foreach (var folder in Directory.GetDirectories(settings.OutboxDirectory))
        {
            var name = Path.GetFileName(folder);
            if (name.Length < 10 || !DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None, out var day) || day >= cutoff) continue;
            Directory.Delete(folder, recursive: true);
            removed++;
        }
        return removed;
    }

    private static string Fmt(DateOnly d) => Export.Fmt.Date(d);
}
