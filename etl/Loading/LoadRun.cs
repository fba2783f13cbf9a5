using PortfolioAnalytics.Warehouse.Storage;
using System.Globalization;
using System.Diagnostics;
using DuckDB.NET.Data;
using PortfolioAnalytics.Etl.Sources;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>The body of one load, inside the transaction <see cref="ExportLoader"/> opened.</summary>
internal sealed class LoadRun(DuckDBConnection c, SchoolConfig school, Manifest manifest, IRecordSource source, LoadProgress progress,
    LoadOptions options)
{
    private sealed record Planned(KindSpec Kind, ManifestFile File, string DisplayName);

    public LoadResult Execute(DateTime started, DateTime now, Stopwatch watch)
    {
        var loadId = Convert.ToInt64(SqlText.Scalar(c, "SELECT nextval('etl_load_id')"), CultureInfo.InvariantCulture);
        SqlText.Execute(c, "INSERT INTO etl_load VALUES ($id, $school, $source, $exported, $started, NULL, 'running', NULL)",
            ("id", loadId), ("school", school.Code), ("source", source.Description), ("exported", manifest.ExportedAt), ("started", started));
        SqlText.Execute(c, SqlText.Load("Loading/Sql/context.sql"), ("school", school.Code), ("load", loadId), ("exported", manifest.ExportedAt));
        MaskFunction.Register(c);
        foreach (var kind in KindCatalog.All) SqlText.Execute(c, StagingTable.Create(kind));
        SqlText.Execute(c, SqlText.Load("Loading/Sql/known.sql"));
        AppendConfiguredDeputies();
        SqlText.Execute(c, SqlText.Load("Loading/Sql/school.sql"), ("name", school.Name));

        var fileRows = new List<KindResult>();
        var stopped = new List<string>();
        var planned = Plan(fileRows);
        var hashes = planned.ToDictionary(p => p.Kind.Kind, p => source.Fingerprint(p.File));
        var checks = new CheckRunner(c, loadId);
        var results = new List<KindResult>();
        var unchanged = false;
        // Options beyond the defaults (future dates rejected, mass deletions allowed) can change the outcome: read again.
        if (options.IsDefault && source.FingerprintIsContent && UnchangedExport.Previous(c, school.Code, hashes) is { } previous)
        {
            unchanged = true;
            progress.Step("匯出檔與上次載入相同，略過讀取…");
            foreach (var p in planned)
            {
                var reason = UnchangedExport.Message(previous[p.Kind.Kind]);
                results.Add(new KindResult(p.Kind.Kind, p.DisplayName, 0, 0, 0, 0, 0, 0, "skipped", reason));
                WriteFile(loadId, p.Kind.Kind, p, new StagedFile("", hashes[p.Kind.Kind], 0, [], null, new Dictionary<string, string>(), []),
                    new MergeCounts(0, 0, 0, 0), 0, "skipped", reason);
            }
        }
        else
        {
            StageCheckMerge(loadId, planned, hashes, checks, results, stopped);
        }

        var fresh = SourceFreshness.Judge(school, manifest.ExportedAt, now);
        checks.Log("source.freshness", fresh.Severity, 1, fresh.Severity == "info" ? 0 : 1, fresh.Message);

        var checkResults = checks.Flush();
        FlushFiles();
        foreach (var skipped in fileRows)
            SqlText.Execute(c, "INSERT INTO etl_load_file (load_id, kind, file_name, status, message) VALUES ($load, $kind, $file, 'skipped', $message)",
                ("load", loadId), ("kind", skipped.Kind.Length == 0 ? null : skipped.Kind), ("file", skipped.File), ("message", skipped.Message));

        var byReason = RejectsByReason(loadId);
        var totalRejects = byReason.Values.Sum();
        var status = stopped.Count > 0 || totalRejects > 0 ? LoadResult.RejectedRows : LoadResult.Succeeded;
        var message = stopped.Count > 0
            ? $"{stopped.Count} 個檔案無法載入：{string.Join("；", stopped)}"
            : totalRejects > 0 ? $"已載入，{totalRejects:N0} 列被退回"
            : unchanged ? "匯出檔的每個檔案都與上次載入相同，未重新讀取，倉儲未變更" : "已載入";
        SqlText.Execute(c, "UPDATE etl_load SET finished_at = $finished, status = $status, message = $message WHERE load_id = $id",
            ("finished", started + watch.Elapsed), ("status", stopped.Count > 0 ? "partial" : "succeeded"), ("message", message), ("id", loadId));
        return new LoadResult(loadId, status, message, results.Concat(fileRows).ToList(), byReason, watch.Elapsed, stopped, checkResults);
    }

    private void StageCheckMerge(long loadId, List<Planned> planned, Dictionary<string, string> hashes, CheckRunner checks,
        List<KindResult> results, List<string> stopped)
    {
        var staged = new Dictionary<string, (Planned Plan, StagedFile File)>();
        foreach (var p in planned)
        {
            var watch = Stopwatch.StartNew();
            var file = FileStager.Stage(c, p.Kind, school, source, p.File, hashes[p.Kind.Kind], p.DisplayName, progress,
                manifest.ExportedAt, options);
            SqlText.Traced($"stage {p.Kind.Kind}: {file.Read} rows", watch);
            staged[p.Kind.Kind] = (p, file);
            if (file.Stopped is not null) stopped.Add(file.Stopped);
        }

        var spans = new EnrolmentSpans(c);
        foreach (var kind in KindCatalog.All)
        {
            if (!staged.TryGetValue(kind.Kind, out var s)) continue;
            var (plan, file) = s;
            if (file.Stopped is not null)
            {
                results.Add(new KindResult(kind.Kind, plan.DisplayName, file.Read, 0, 0, 0, 0, 0, "stopped", file.Stopped, 0, file.Encoding));
                WriteFile(loadId, kind.Kind, plan, file, new MergeCounts(0, 0, 0, 0), 0, "stopped", file.Stopped);
                continue;
            }
            progress.Step($"檢查並合併「{kind.Label}」…");
            checks.RecordParseChecks(kind, plan.DisplayName, file.Read, file.Rejects, file.FutureDates, options.RejectFutureDates);
            MergeCounts counts;
            var rejectedByChecks = false;
            if (file.Read == 0 && !plan.File.Full)
            {
                // Nothing staged and nothing to reconcile: every check passes over no rows and the merge changes nothing.
                checks.RunOverNothing(kind);
                counts = new MergeCounts(0, 0, 0, 0);
            }
            else
            {
                if (kind.Kind == "receipts") SqlText.Execute(c, SqlText.Load("Loading/Sql/receipts_fill_student.sql"));
                AppendRejects(loadId, kind, plan.DisplayName, file.Rejects);
                var outcome = checks.Run(kind, plan.DisplayName, file.Headers, plan.File.Full,
                    plan.File.Full ? null : KindMerger.Counting(c, kind, school.Code));
                rejectedByChecks = outcome.Rejected;
                counts = KindMerger.Merge(c, kind, plan.File.Full, school.Code, loadId, manifest.ExportedAt, plan.DisplayName, options,
                    outcome.Alongside);
            }
            if (counts.Stopped is not null)
            {
                stopped.Add(counts.Stopped);
                results.Add(new KindResult(kind.Kind, plan.DisplayName, file.Read, 0, 0, 0, 0, 0, "stopped", counts.Stopped, 0, file.Encoding));
                WriteFile(loadId, kind.Kind, plan, file, counts, 0, "stopped", counts.Stopped);
                continue;
            }
            spans.Merged(kind, counts);
            checks.KeyUnique(kind, counts);
            var rejected = rejectedByChecks
                ? Convert.ToInt64(SqlText.Scalar(c, $"SELECT count(*) FROM {StagingTable.Name(kind)} WHERE _rejected"), CultureInfo.InvariantCulture)
                : file.Rejects.Count;
            results.Add(new KindResult(kind.Kind, plan.DisplayName, file.Read, counts.Distinct, rejected, counts.Inserted,
                counts.Updated, counts.Deleted, "loaded", null, counts.Unchanged, file.Encoding));
            WriteFile(loadId, kind.Kind, plan, file, counts, rejected, "loaded", null);
        }
        spans.Rebuild(progress);
    }

    /// <summary>Manifest entries matched to kinds, in load order; unknown kinds, repeats and unlisted files are noted as skipped.</summary>
    private List<Planned> Plan(List<KindResult> skipped)
    {
        var byKind = new Dictionary<string, Planned>();
        foreach (var f in manifest.Files)
        {
            var display = f.Sheet is null ? f.File : $"{f.File}［{f.Sheet}］";
            if (!KindCatalog.TryGet(f.Kind, out var spec))
                skipped.Add(Skip(f.Kind, display, $"manifest.json 的 kind「{f.Kind}」不是已知的資料種類，未載入"));
            else if (byKind.ContainsKey(f.Kind))
                skipped.Add(Skip(f.Kind, display, $"manifest.json 重複列出「{f.Kind}」，只載入第一個檔案"));
            else
                byKind[f.Kind] = new Planned(spec, f, display);
        }
        foreach (var name in source.Unlisted())
            skipped.Add(Skip("", name, "manifest.json 未列出此檔，未載入"));
        return KindCatalog.All.Where(k => byKind.ContainsKey(k.Kind)).Select(k => byKind[k.Kind]).ToList();
    }

    private static KindResult Skip(string kind, string file, string message) => new(kind, file, 0, 0, 0, 0, 0, 0, "skipped", message);

    private void AppendConfiguredDeputies()
    {
        using var appender = c.CreateAppender("cfg_deputy");
        foreach (var (staffNo, deputies) in school.Deputies)
            foreach (var d in deputies)
                appender.CreateRow().AppendValue(staffNo).AppendValue(d).EndRow();
    }

    private void AppendRejects(long loadId, KindSpec kind, string file, IReadOnlyList<Reject> rejects)
    {
        if (rejects.Count == 0) return;
        using var appender = c.CreateAppender("etl_reject");
        foreach (var r in rejects)
            appender.CreateRow().AppendValue(loadId).AppendValue(kind.Kind).AppendValue(file).AppendValue(r.Line)
                .AppendValue(r.Column).AppendValue(r.Code).AppendValue(r.Reason).AppendValue(r.Raw).EndRow();
    }

    private readonly List<Action<IDuckDBAppenderRow>> _files = [];

    /// <summary>Kept until <see cref="FlushFiles"/> writes every kind's etl_load_file row with one appender.</summary>
    private void WriteFile(long loadId, string kind, Planned plan, StagedFile file, MergeCounts counts, long rejected, string status, string? message) =>
        _files.Add(row => row.AppendValue(loadId).AppendValue(kind).AppendValue(plan.DisplayName).AppendValue(file.Sha256)
            .AppendValue(plan.File.Full ? "full" : "delta").AppendValue(file.Encoding).AppendValue(file.Read).AppendValue(counts.Inserted)
            .AppendValue(counts.Updated).AppendValue(counts.Unchanged).AppendValue(counts.Deleted).AppendValue(rejected)
            .AppendValue(status).AppendValue(message).EndRow());

    private void FlushFiles()
    {
        if (_files.Count == 0) return;
        using var appender = c.CreateAppender("etl_load_file");
        foreach (var write in _files) write(appender.CreateRow());
    }

    private Dictionary<string, long> RejectsByReason(long loadId) =>
        SqlText.Rows(c, SqlText.Load("Loading/Sql/rejects_by_reason.sql"), r => (r.GetString(0), r.GetInt64(1)), ("id", loadId))
            .ToDictionary(r => r.Item1, r => r.Item2);
}
