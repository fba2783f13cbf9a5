using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Etl.Sources;
using PortfolioAnalytics.Etl.Sources.Database;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Jobs;

/// <summary>
/// Runs one load of an export folder, or one pull from the school's database, inside the server, which owns the warehouse file: one writer at a time, the
/// loader's own transaction keeps readers on the state before or after it.
/// </summary>
public sealed class EtlRunner(WarehouseGate warehouse, SchoolConfig school, Clock clock, ILogger<EtlRunner> log)
{
    public async Task<(LoadResult Result, JobOutcome Outcome)> LoadAsync(string exportDir, CancellationToken ct)
    {
        if (!Directory.Exists(exportDir))
            throw new JobFailedException($"找不到匯出資料夾「{exportDir}」");
        using var source = new ExportFolderSource(exportDir);
        return await RunAsync(source, ct);
    }

    /// <summary>Pulls from the school's database (its file's source_database); a fault fails the run, which is retried with back-off.</summary>
    public async Task<(LoadResult Result, JobOutcome Outcome)> PullAsync(bool full, CancellationToken ct)
    {
        DatabaseSource source;
        try
        {
            source = DatabaseSource.ForSchool(school, clock.Now, full);
        }
        catch (FormatException e)
        {
            throw new JobFailedException(e.Message);
        }
        using (source) return await RunAsync(source, ct);
    }

    private async Task<(LoadResult Result, JobOutcome Outcome)> RunAsync(IRecordSource source, CancellationToken ct)
    {
        using var _ = await warehouse.WriteLockAsync(ct);
        var result = await Task.Run(() => ExportLoader.Load(warehouse.Db, school, source, clock: clock.Now), ct);
        var read = result.Kinds.Sum(k => k.Read);
        var rejected = result.Kinds.Sum(k => k.Rejected);
        log.LogInformation("Load {LoadId} finished {Status}: {Read} rows read, {Rejected} rejected in {Elapsed}",
            result.LoadId, result.Status, read, rejected, result.Elapsed);
        if (result.Status == "failed")
            throw new JobFailedException($"載入失敗：{result.Message ?? "原因不明"}");
        return (result, new JobOutcome(
            $"第 {result.LoadId} 次載入{(rejected > 0 ? "完成（有退件）" : "完成")}：{result.Kinds.Count} 種資料，讀取 {read:N0} 筆，退件 {rejected:N0} 筆，費時 {result.Elapsed.TotalSeconds:0.0} 秒",
            result.LoadId));
    }
}
