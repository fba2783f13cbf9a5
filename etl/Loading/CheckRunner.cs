using DuckDB.NET.Data;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>Runs a kind's checks over its staged rows: failing rows of rejecting checks become rejects; every check is logged.</summary>
internal sealed class CheckRunner(DuckDBConnection c, long loadId)
{
    /// <param name="futureDates">Dates after the export in rows kept (warn); when the load rejects them they are in rejects.</param>
    public void RecordParseChecks(KindSpec kind, string file, long read, IReadOnlyList<Reject> rejects, IReadOnlyList<Reject> futureDates,
        bool rejectFutureDates)
    {
        var hasDates = kind.Columns.Any(col => col.Type is ColumnType.Date or ColumnType.DateTime);
        foreach (var (code, name) in CheckCatalog.ParseCodes)
        {
            if (code == "bad_national_id" && kind.Columns.All(col => col.Type != ColumnType.NationalId)) continue;
            if (code is "bad_date" or "future_date" && !hasDates) continue;
            var warnOnly = code == "future_date" && !rejectFutureDates;
            var failing = (warnOnly ? futureDates : rejects).Where(r => r.Code == code).ToList();
            Log($"{kind.Kind}.{name}", warnOnly ? "warn" : "error", read, failing.Count,
                Message(file, failing.Count, failing.Count > 0 ? (failing[0].Line, failing[0].Reason) : default));
        }
    }

    /// <summary>
    /// Runs the duplicate checks and the kind's own checks, in that order, each over the rows the ones before it left.
    /// They are batched: one statement finds every pending check's failures; a check whose failures change the staged
    /// rows (rejects, identical duplicates) is applied and the checks after it are batched again over what it left.
    /// So a kind whose checks all pass costs one statement, <paramref name="alongside"/> included. A full file (a
    /// snapshot, where rejects are more likely and a re-batch would re-read every row) runs its checks one by one.
    /// </summary>
    public CheckOutcome Run(KindSpec kind, string file, IReadOnlyDictionary<string, string> headerInFile, bool full, Alongside? alongside = null)
    {
        var stg = StagingTable.Name(kind);
        var fill = new Dictionary<string, string>
        {
            ["stg"] = stg, ["cols"] = string.Join(", ", StagingTable.Columns(kind)), ["key"] = string.Join(", ", kind.Key),
            ["keytext"] = KeyText(kind),
            ["skey"] = string.Join(", ", kind.Key.Select(k => "s." + k)),
            ["scols"] = string.Join(", ", StagingTable.Columns(kind).Select(k => "s." + k)),
            ["dkeyjoin"] = string.Join(" AND ", kind.Key.Select(k => $"d.{k} = s.{k}")),
        };
        var pending = Checks(kind, fill).ToList();
        var rejected = false;
        if (full)
        {
            foreach (var p in pending)
                rejected |= Apply(kind, file, p.Check, p.Sql, headerInFile) > 0 && p.Check.Rejects;
            return new CheckOutcome(rejected, null);
        }
        var keysMayRepeat = false;
        while (pending.Count > 0)
        {
            // The duplicate checks can only fail when a key repeats: the first batch asks just that (key_repeats.sql).
            var askRepeats = !keysMayRepeat && pending.Any(p => IsDuplicateCheck(p.Check));
            var batch = Batch(stg, pending, askRepeats ? SqlText.Load("Loading/Sql/key_repeats.sql", fill) : null, alongside);
            if (batch.KeyRepeats > 0)
            {
                keysMayRepeat = true;
                continue;
            }
            var at = pending.FindIndex(p => batch.Failing[p.Index] > 0 && (p.Check.Rejects || p.Check.Name == "identical_duplicate"));
            foreach (var p in at < 0 ? pending : pending.Take(at))
                Log(p.Check.FullName, p.Check.Severity, batch.Checked, batch.Failing[p.Index],
                    Message(file, batch.Failing[p.Index], batch.First.GetValueOrDefault(p.Index)));
            if (at < 0) return new CheckOutcome(rejected, alongside is null ? null : batch.Alongside);
            rejected |= Apply(kind, file, pending[at].Check, pending[at].Sql, headerInFile) > 0 && pending[at].Check.Rejects;
            pending = pending.Skip(at + 1).ToList();
            alongside = null;   // asked over rows that have changed since
        }
        return new CheckOutcome(rejected, null);
    }

    /// <summary>Logs every check of a kind as run over no rows (nothing was staged): no statement needed.</summary>
    public void RunOverNothing(KindSpec kind)
    {
        foreach (var p in Checks(kind, new Dictionary<string, string>())) Log(p.Check.FullName, p.Check.Severity, 0, 0, null);
    }

    private sealed record Pending(int Index, Check Check, string Sql);

    private sealed record BatchResult(long Checked, long KeyRepeats, Dictionary<int, long> Failing, Dictionary<int, (long Line, string Reason)> First,
        Dictionary<string, long> Alongside);

    private static bool IsDuplicateCheck(Check check) => check.Name is "duplicate_conflict" or "identical_duplicate";

    private static IEnumerable<Pending> Checks(KindSpec kind, Dictionary<string, string> fill)
    {
        var keyHeader = kind.Columns.FirstOrDefault(col => col.Column == kind.Key[^1])?.Header ?? kind.Columns[0].Header;
        var checks = new List<(Check, string)>
        {
            (new Check(kind.Kind, "duplicate_conflict", "duplicate_conflict", "error", true, keyHeader), "Loading/Checks/duplicate_conflict.sql"),
            (new Check(kind.Kind, "identical_duplicate", "identical_duplicate", "info", false, keyHeader), "Loading/Checks/identical_duplicate.sql"),
        };
        checks.AddRange(CheckCatalog.All.Where(k => k.Kind == kind.Kind).Select(k => (k, k.SqlPath)));
        return checks.Select((x, i) => new Pending(i, x.Item1, fill.Count == 0 ? "" : SqlText.Load(x.Item2, fill)));
    }

    /// <param name="keyRepeats">When given, asked instead of running the duplicate checks, which then count as passing.</param>
    private BatchResult Batch(string stg, List<Pending> pending, string? keyRepeats, Alongside? alongside)
    {
        var run = pending.Where(p => keyRepeats is null || !IsDuplicateCheck(p.Check)).ToList();
        var ctes = run.Select(p => $"f{p.Index} AS (\n{p.Sql.Trim()}\n)").ToList();
        var parts = run.Select(p => $"UNION ALL SELECT {p.Index}, count(*), min(_line), arg_min(reason, _line) FROM f{p.Index}").ToList();
        if (keyRepeats is not null)
        {
            ctes.Add($"repeats AS (\n{keyRepeats.Trim()}\n)");
            parts.Add("UNION ALL SELECT -2, count(*), NULL, NULL FROM repeats");
        }
        if (alongside is not null)
        {
            ctes.Add($"alongside AS (\n{alongside.Sql.Trim()}\n)");
            parts.Add("UNION ALL SELECT -3, value, NULL, name FROM (UNPIVOT alongside ON COLUMNS(*) INTO NAME name VALUE value)");
        }
        var sql = SqlText.Load("Loading/Sql/check_batch.sql", new Dictionary<string, string>
        {
            ["stg"] = stg, ["ctes"] = string.Join(",\n", ctes), ["parts"] = string.Join("\n", parts),
        });
        var rows = SqlText.Rows(c, sql, r => (I: r.GetInt32(0), Failing: r.GetInt64(1), Line: r.IsDBNull(2) ? 0 : r.GetInt64(2), Reason: r.IsDBNull(3) ? "" : r.GetString(3)),
            alongside?.Args ?? []);
        var failing = pending.ToDictionary(p => p.Index, _ => 0L);
        var first = new Dictionary<int, (long Line, string Reason)>();
        foreach (var r in rows.Where(r => r.I >= 0))
        {
            failing[r.I] = r.Failing;
            first[r.I] = (r.Line, r.Reason);
        }
        return new BatchResult(rows.Single(r => r.I == -1).Failing, rows.SingleOrDefault(r => r.I == -2).Failing, failing, first,
            rows.Where(r => r.I == -3).ToDictionary(r => r.Reason, r => r.Failing));
    }

    private static string? Message(string file, long failing, (long Line, string Reason) first) =>
        failing > 0 ? $"{file} 第 {first.Line} 行：{first.Reason}" + (failing > 1 ? $"（共 {failing:N0} 列）" : "") : null;

    private static string KeyText(KindSpec kind) => string.Join(" || '、' || ", kind.Key.Select(k =>
    {
        var header = kind.Columns.FirstOrDefault(col => col.Column == k)?.Header ?? "學期";
        return $"'{header} ' || coalesce(d.{k}::VARCHAR, '')";
    }));

    /// <summary>Runs one check by itself over the staged rows as they are and applies its failures; returns how many rows failed.</summary>
    private long Apply(KindSpec kind, string file, Check check, string sql, IReadOnlyDictionary<string, string> headerInFile)
    {
        var stg = StagingTable.Name(kind);
        SqlText.Execute(c, $"CREATE OR REPLACE TEMP TABLE check_fail AS {sql}");
        var (checkedRows, failing) = Counts(stg);
        string? message = null;
        if (failing > 0)
        {
            var first = SqlText.Rows(c, "SELECT min(_line), arg_min(reason, _line) FROM check_fail",
                r => (Line: r.GetInt64(0), Reason: r.IsDBNull(1) ? "" : r.GetString(1)))[0];
            message = Message(file, failing, first);
            if (check.Name == "identical_duplicate")
                SqlText.Execute(c, $"UPDATE {stg} SET _duplicate = true WHERE _line IN (SELECT _line FROM check_fail)");
            if (check.Rejects)
            {
                var column = headerInFile.TryGetValue(check.Column, out var h) ? h : check.Column;
                SqlText.Execute(c, $"""
                    INSERT INTO etl_reject (load_id, kind, file_name, line, column_name, reason_code, reason, raw)
                    SELECT $load, $kind, $file, f._line, $column, $code, f.reason, s._raw
                    FROM check_fail f JOIN {stg} s ON s._line = f._line
                    """, ("load", loadId), ("kind", kind.Kind), ("file", file), ("column", column), ("code", check.Code));
                SqlText.Execute(c, $"UPDATE {stg} SET _rejected = true WHERE _line IN (SELECT _line FROM check_fail)");
            }
        }
        Log(check.FullName, check.Severity, checkedRows, failing, message);
        return failing;
    }

    /// <summary>
    /// The core table's natural key is unique for the school (no primary key enforces it, by design), over the keys
    /// this load brought (counted from the merge's pairing, <see cref="MergeCounts.KeyRows"/>).
    /// </summary>
    public void KeyUnique(KindSpec kind, MergeCounts counts) =>
        Log($"{kind.Kind}.key_unique", "error", counts.KeyRows, counts.KeyRowsRepeated,
            counts.KeyRowsRepeated > 0 ? $"{kind.CoreTable} 有 {counts.KeyRowsRepeated:N0} 列的鍵值重複（{string.Join(", ", kind.Key)}），請通知系統管理者" : null);

    private (long Checked, long Failing) Counts(string stg) =>
        SqlText.Rows(c, $"SELECT (SELECT count(*) FROM {stg} WHERE NOT _rejected), (SELECT count(*) FROM check_fail)",
            r => (r.GetInt64(0), r.GetInt64(1)))[0];

    private readonly List<CheckResult> _log = [];

    public void Log(string name, string severity, long rowsChecked, long rowsFailing, string? message) =>
        _log.Add(new CheckResult(name, severity, rowsChecked, rowsFailing, message));

    /// <summary>Writes the logged results to etl_check (one appender instead of a statement per check).</summary>
    public IReadOnlyList<CheckResult> Flush()
    {
        using (var appender = c.CreateAppender("etl_check"))
            foreach (var r in _log)
                appender.CreateRow().AppendValue(loadId).AppendValue(r.Name).AppendValue(r.Severity).AppendValue(r.RowsChecked)
                    .AppendValue(r.RowsFailing).AppendValue(r.Message).EndRow();
        return _log;
    }
}
