using PortfolioAnalytics.Warehouse.Storage;
using System.Globalization;
using DuckDB.NET.Data;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>What the merge did; Stopped = the mass-deletion guard stopped the file and nothing was merged.</summary>
internal sealed record MergeCounts(long Distinct, long Inserted, long Updated, long Deleted, string? Stopped = null)
{
    public long Unchanged => Distinct - Inserted - Updated;
}

/// <summary>Merges a kind's accepted staged rows into its core table by natural key and row hash (set-based SQL).</summary>
internal static class KindMerger
{
    private static readonly string[] Bookkeeping = ["school_code", "load_id", "row_hash", "deleted_at"];

    public static MergeCounts Merge(DuckDBConnection c, KindSpec kind, bool full, string school, long loadId, DateTime exportedAt,
        string file, LoadOptions options)
    {
        var coreColumns = CoreColumns(c, kind.CoreTable);
        var cols = StagingTable.Columns(kind).Where(coreColumns.Contains).ToList();
        var fill = new Dictionary<string, string>
        {
            ["stg"] = StagingTable.Name(kind),
            ["core"] = kind.CoreTable,
            ["cols"] = string.Join(", ", cols),
            ["scols"] = string.Join(", ", cols.Select(x => "s." + x)),
            ["set"] = string.Join(", ", cols.Select(x => $"{x} = s.{x}")),
            ["keyjoin"] = string.Join(" AND ", kind.Key.Select(k => $"c.{k} = s.{k}")),
        };
        (string, object?)[] args = [("school", school), ("load", loadId), ("exported", exportedAt)];
        if (full)
        {
            SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_gone.sql", fill), ("school", school));
            var gone = Convert.ToInt64(SqlText.Scalar(c, "SELECT count(*) FROM merge_gone"), CultureInfo.InvariantCulture);
            var staged = Convert.ToInt64(SqlText.Scalar(c, $"SELECT count(*) FROM {fill["stg"]}"), CultureInfo.InvariantCulture);
            var live = gone == 0 ? 0 : Convert.ToInt64(SqlText.Scalar(c,
                $"SELECT count(*) FROM {kind.CoreTable} WHERE school_code = $school AND deleted_at IS NULL", ("school", school)), CultureInfo.InvariantCulture);
            if (MassDeletionGuard.Problem(kind, file, staged, live, gone, options) is { } stop) return new MergeCounts(0, 0, 0, 0, stop);
        }
        SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_source.sql", fill));
        var distinct = Convert.ToInt64(SqlText.Scalar(c, "SELECT count(*) FROM merge_src"), CultureInfo.InvariantCulture);
        var updated = SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_update.sql", fill), args);
        var inserted = SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_insert.sql", fill), args);
        var deleted = full ? SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_delete.sql", fill), args) : 0;
        return new MergeCounts(distinct, inserted, updated, deleted);
    }

    private static HashSet<string> CoreColumns(DuckDBConnection c, string table)
    {
        using var cmd = WarehouseCommand.Create(c, SqlText.Load("Loading/Sql/core_columns.sql"), ("t", table));
        using var r = cmd.ExecuteReader();
        var set = new HashSet<string>();
        while (r.Read()) set.Add(r.GetString(0));
        set.ExceptWith(Bookkeeping);
        return set;
    }
}
