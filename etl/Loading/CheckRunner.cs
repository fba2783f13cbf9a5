using PortfolioAnalytics.Warehouse.Storage;
using System.Globalization;
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
                failing.Count > 0 ? $"{file} 第 {failing[0].Line} 行：{failing[0].Reason}" + (failing.Count > 1 ? $"（共 {failing.Count:N0} 列）" : "") : null);
        }
    }

    public void Run(KindSpec kind, string file, IReadOnlyDictionary<string, string> headerInFile)
    {
        var stg = StagingTable.Name(kind);
        var cols = string.Join(", ", StagingTable.Columns(kind));
        var key = string.Join(", ", kind.Key);
        var fill = new Dictionary<string, string>
        {
            ["stg"] = stg, ["cols"] = cols, ["key"] = key, ["keytext"] = KeyText(kind),
            ["skey"] = string.Join(", ", kind.Key.Select(k => "s." + k)),
            ["scols"] = string.Join(", ", StagingTable.Columns(kind).Select(k => "s." + k)),
            ["dkeyjoin"] = string.Join(" AND ", kind.Key.Select(k => $"d.{k} = s.{k}")),
        };
        var keyHeader = kind.Columns.FirstOrDefault(col => col.Column == kind.Key[^1])?.Header ?? kind.Columns[0].Header;
        Apply(kind, file, new Check(kind.Kind, "duplicate_conflict", "duplicate_conflict", "error", true, keyHeader),
            SqlText.Load("Loading/Checks/duplicate_conflict.sql", fill), headerInFile);
        Apply(kind, file, new Check(kind.Kind, "identical_duplicate", "identical_duplicate", "info", false, keyHeader),
            SqlText.Load("Loading/Checks/identical_duplicate.sql", fill), headerInFile);
        foreach (var check in CheckCatalog.All.Where(k => k.Kind == kind.Kind))
            Apply(kind, file, check, SqlText.Load(check.SqlPath), headerInFile);
    }

    private static string KeyText(KindSpec kind) => string.Join(" || '、' || ", kind.Key.Select(k =>
    {
        var header = kind.Columns.FirstOrDefault(col => col.Column == k)?.Header ?? "學期";
        return $"'{header} ' || coalesce(d.{k}::VARCHAR, '')";
    }));

    private void Apply(KindSpec kind, string file, Check check, string sql, IReadOnlyDictionary<string, string> headerInFile)
    {
        var stg = StagingTable.Name(kind);
        SqlText.Execute(c, $"CREATE OR REPLACE TEMP TABLE check_fail AS {sql}");
        var (checkedRows, failing) = Counts(stg);
        string? message = null;
        if (failing > 0)
        {
            var first = SqlText.Scalar(c, "SELECT reason FROM check_fail ORDER BY _line LIMIT 1") as string;
            var line = Convert.ToInt64(SqlText.Scalar(c, "SELECT min(_line) FROM check_fail"), CultureInfo.InvariantCulture);
            message = $"{file} 第 {line} 行：{first}" + (failing > 1 ? $"（共 {failing:N0} 列）" : "");
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
    }

    /// <summary>The core table's natural key is unique for the school (no primary key enforces it, by design).</summary>
    public void KeyUnique(KindSpec kind, string school)
    {
        using var cmd = WarehouseCommand.Create(c, SqlText.Load("Loading/Sql/key_unique.sql",
            new Dictionary<string, string> { ["core"] = kind.CoreTable, ["key"] = string.Join(", ", kind.Key) }), ("school", school));
        using var r = cmd.ExecuteReader();
        r.Read();
        var failing = r.GetInt64(1);
        Log($"{kind.Kind}.key_unique", "error", r.GetInt64(0), failing,
            failing > 0 ? $"{kind.CoreTable} 有 {failing:N0} 列的鍵值重複（{string.Join(", ", kind.Key)}），請通知系統管理者" : null);
    }

    private (long Checked, long Failing) Counts(string stg)
    {
        using var cmd = WarehouseCommand.Create(c, $"SELECT (SELECT count(*) FROM {stg} WHERE NOT _rejected), (SELECT count(*) FROM check_fail)");
        using var r = cmd.ExecuteReader();
        r.Read();
        var failing = r.GetInt64(1);
        return (r.GetInt64(0), failing);
    }

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
