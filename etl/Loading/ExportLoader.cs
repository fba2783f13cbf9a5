using System.Globalization;
using System.Diagnostics;
using PortfolioAnalytics.Etl.Sources;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// Loads one export folder (manifest + one file per kind), or any other <see cref="IRecordSource"/>, into the warehouse in ONE transaction: files are read into
/// TEMP staging tables with the appender, checked and merged with set-based SQL, the enrolment spans rebuilt, and
/// the load recorded (etl_load, etl_load_file, etl_reject, etl_check). If the process dies midway nothing changes.
/// </summary>
public static class ExportLoader
{
    /// <param name="progress">Receives (file, rows, rows/s) while loading; null = quiet.</param>
    /// <param name="clock">The moment freshness is judged against; null = now.</param>
    /// <param name="options">Mass-deletion confirmations, future dates, the size limit; null = <see cref="LoadOptions.Default"/>.</param>
    /// <param name="time">The load's own moments (started, finished) in school time; null = <see cref="Clock.System"/>.</param>
    public static LoadResult Load(WarehouseDb db, SchoolConfig school, string exportDir,
        IProgress<string>? progress = null, DateTime? clock = null, LoadOptions? options = null, Clock? time = null)
    {
        using var source = new ExportFolderSource(exportDir);
        return Load(db, school, source, progress, clock, options, time);
    }

    /// <summary>The same load from any source (an export folder, the admin system's database).</summary>
    public static LoadResult Load(WarehouseDb db, SchoolConfig school, IRecordSource source,
        IProgress<string>? progress = null, DateTime? clock = null, LoadOptions? options = null, Clock? time = null)
    {
        options ??= LoadOptions.Default;
        var watch = Stopwatch.StartNew();
        var started = (time ?? Clock.System).Now;
        using var c = db.Connect();
        Manifest manifest;
        try
        {
            var prepare = Stopwatch.StartNew();
            manifest = source.Prepare(c);
            SqlText.Traced("source prepare", prepare);
            if (manifest.SchoolCode != school.Code)
                throw new FormatException($"匯出檔的學校代碼 {manifest.SchoolCode} 與學校設定「{school.Name}」的代碼 {school.Code} 不符");
            if (source is ExportFolderSource folder && MemoryBudget.Refusal(folder.Folder, manifest, options.MaxExportBytes) is { } tooLarge)
                throw new FormatException(tooLarge);
        }
        catch (Exception e) when (e is FormatException or SourceFaultException)
        {
            return Failed(db, school.Code, source.Description, null, started, watch, e.Message);
        }

        var lastExport = SqlText.Scalar(c, SqlText.Load("Loading/Sql/last_export.sql"), ("school", school.Code)) as DateTime?;
        if (lastExport is { } last && manifest.ExportedAt < last)
            return Failed(db, school.Code, source.Description, manifest.ExportedAt, started, watch,
                $"此匯出檔的匯出時間 {RocDate.Format(manifest.ExportedAt)} 早於已載入的 {RocDate.Format(last)}，為避免舊資料覆蓋新資料，已拒絕載入");

        try
        {
            using var limit = LoadMemoryLimit.Apply(c);
            using var tx = c.BeginTransaction();
            var run = new LoadRun(c, school, manifest, source, new LoadProgress(progress), options);
            var result = run.Execute(started, clock ?? started, watch);
            var commit = Stopwatch.StartNew();
            source.Committing(c, result);
            tx.Commit();
            SqlText.Traced("commit", commit);
            return result with { Elapsed = watch.Elapsed };
        }
        catch (Exception e) when (MemoryBudget.IsOutOfMemory(e))
        {
            // Rolled back on dispose; free what the load held before recording the failure.
            GC.Collect();
            return Failed(db, school.Code, source.Description, manifest.ExportedAt, started, watch, MemoryBudget.OutOfMemoryMessage);
        }
        catch (Exception e)
        {
            // The transaction was rolled back when it was disposed: nothing of this load remains but its failure record.
            return Failed(db, school.Code, source.Description, manifest.ExportedAt, started, watch, $"載入失敗，倉儲未變更：{e.Message}");
        }
    }

    private static LoadResult Failed(WarehouseDb db, string schoolCode, string source, DateTime? exportedAt, DateTime started,
        Stopwatch watch, string message)
    {
        using var c = db.Connect();
        var id = Convert.ToInt64(SqlText.Scalar(c, "SELECT nextval('etl_load_id')"), CultureInfo.InvariantCulture);
        SqlText.Execute(c, "INSERT INTO etl_load VALUES ($id, $school, $source, $exported, $started, $finished, 'failed', $message)",
            ("id", id), ("school", schoolCode), ("source", source), ("exported", exportedAt), ("started", started),
            ("finished", started + watch.Elapsed), ("message", message));
        return new LoadResult(id, LoadResult.Failed, message, [], new Dictionary<string, long>(), watch.Elapsed);
    }
}
