using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>Whether a source delivered within the school's freshness window: info, warn (past FreshnessWarn) or error (past FreshnessError).</summary>
public sealed record Freshness(string Severity, DateTime? LastExport, TimeSpan? Age, string Message);

public static class SourceFreshness
{
    public static Freshness Judge(SchoolConfig school, DateTime? lastExport, DateTime now)
    {
        if (lastExport is not { } at) return new("error", null, null, "尚未載入過任何匯出檔");
        var age = now - at;
        var days = $"{Math.Max(age.TotalDays, 0):0.#} 天";
        var limits = $"（警示 {school.FreshnessWarn.TotalDays:0.#} 天、錯誤 {school.FreshnessError.TotalDays:0.#} 天）";
        return age > school.FreshnessError
            ? new("error", at, age, $"資料來源已 {days}未更新：最近一次匯出為 {RocDate.Format(at)}，超過錯誤門檻{limits}")
            : age > school.FreshnessWarn
                ? new("warn", at, age, $"資料來源已 {days}未更新：最近一次匯出為 {RocDate.Format(at)}，超過警示門檻{limits}")
                : new("info", at, age, $"最近一次匯出為 {RocDate.Format(at)}（{days}前），在期限內{limits}");
    }

    /// <summary>Judged from the warehouse's newest loaded export of the school (clock null = now).</summary>
    public static Freshness Judge(WarehouseDb db, SchoolConfig school, DateTime? clock = null)
    {
        using var c = db.Connect();
        var last = SqlText.Scalar(c, SqlText.Load("Loading/Sql/last_export.sql"), ("school", school.Code)) as DateTime?;
        return Judge(school, last, clock ?? DateTime.Now);
    }
}
