using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Retention;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Jobs;

/// <summary>The retention job's work: <see cref="LeaverRetention.Purge"/> in the writer slot, its outcome in zh-TW.</summary>
public sealed class RetentionPurger(WarehouseGate warehouse, SchoolConfig school, Clock clock)
{
    public async Task<JobOutcome> PurgeAsync(long runId, CancellationToken ct)
    {
        RetentionResult result;
        using (await warehouse.WriteLockAsync(ct))
            result = LeaverRetention.Purge(warehouse.Db, school, clock.Now, runId);
        var kept = $"{result.Retention.TotalDays / 365:0.#} 年{(school.LeaverDataSealed ? "（封存）" : "")}";
        return result.Leavers.Count == 0
            ? new JobOutcome($"沒有離校逾 {kept}（{Fmt(result.Cutoff)} 前）的學生資料需要刪除")
            : new JobOutcome($"已刪除 {result.Leavers.Count} 位離校逾保存期限 {kept}（{Fmt(result.Cutoff)} 前離校）學生的資料，共 {result.RowsDeleted:N0} 筆；明細見 retention_audit");
    }

    private static string Fmt(DateOnly d) => Export.Fmt.Date(d);
}
