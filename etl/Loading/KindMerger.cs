using System.Globalization;
using DuckDB.NET.Data;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// What the merge did; KeyRows / KeyRowsRepeated = key_unique over the keys this load brought; Stopped = the
/// mass-deletion guard stopped the file and nothing was merged.
/// </summary>
internal sealed record MergeCounts(long Distinct, long Inserted, long Updated, long Deleted, string? Stopped = null,
    long KeyRows = 0, long KeyRowsRepeated = 0)
{
    public long Unchanged => Distinct - Inserted - Updated;

    public long Changed => Inserted + Updated + Deleted;
}

/// <summary>
/// Merges a kind's accepted staged rows into its core table by natural key and row hash (set-based SQL): the staged
/// rows are paired with the core rows (merge_match.sql) and counted in one statement, which also gives key_unique;
/// only when something is to be written is the pairing kept (merge_src) for the update and the insert to read.
/// </summary>
internal static class KindMerger
{
    private static readonly string[] Bookkeeping = ["school_code", "load_id", "row_hash", "deleted_at"];

    public static MergeCounts Merge(DuckDBConnection c, KindSpec kind, bool full, string school, long loadId, DateTime exportedAt,
        string file, LoadOptions options)
    {
        var coreColumns = CoreSchema.Columns(c, kind.CoreTable).Select(col => col.Name).Except(Bookkeeping).ToHashSet();
        var cols = StagingTable.Columns(kind).Where(coreColumns.Contains).ToList();
        var fill = new Dictionary<string, string>
        {
            ["stg"] = StagingTable.Name(kind),
            ["core"] = kind.CoreTable,
            ["cols"] = string.Join(", ", cols),
            ["scols"] = string.Join(", ", cols.Select(x => "s." + x)),
            ["set"] = string.Join(", ", cols.Select(x => $"{x} = s.{x}")),
            ["keyjoin"] = string.Join(" AND ", kind.Key.Select(k => $"c.{k} = s.{k}")),
            ["key"] = string.Join(", ", kind.Key),
        };
        (string, object?)[] args = [("school", school), ("load", loadId), ("exported", exportedAt)];
        long gone = 0;
        if (full)
        {
            SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_gone.sql", fill), ("school", school));
            gone = Convert.ToInt64(SqlText.Scalar(c, "SELECT count(*) FROM merge_gone"), CultureInfo.InvariantCulture);
            var staged = Convert.ToInt64(SqlText.Scalar(c, $"SELECT count(*) FROM {fill["stg"]}"), CultureInfo.InvariantCulture);
            var live = gone == 0 ? 0 : Convert.ToInt64(SqlText.Scalar(c,
                $"SELECT count(*) FROM {kind.CoreTable} WHERE school_code = $school AND deleted_at IS NULL", ("school", school)), CultureInfo.InvariantCulture);
            if (MassDeletionGuard.Problem(kind, file, staged, live, gone, options) is { } stop) return new MergeCounts(0, 0, 0, 0, stop);
        }
        fill["pairing"] = SqlText.Load("Loading/Sql/merge_match.sql", fill);
        var (distinct, toInsert, toUpdate, keyRows, keyRepeated) = SqlText.Rows(c, SqlText.Load("Loading/Sql/merge_counts.sql", fill),
            r => (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4)), ("school", school))[0];
        if (toInsert + toUpdate > 0) SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_pairs.sql", fill), ("school", school));
        var updated = toUpdate == 0 ? 0 : SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_update.sql", fill), args);
        var inserted = toInsert == 0 ? 0 : SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_insert.sql", fill), args);
        var deleted = gone > 0 ? SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_delete.sql", fill), args) : 0;
        return new MergeCounts(distinct, inserted, updated, deleted, null, keyRows, keyRepeated);
    }
}
