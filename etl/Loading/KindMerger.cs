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

    /// <summary>
    /// The statement that pairs and counts (merge_counts.sql, one row: brought, inserts, updates, key_rows, key_repeated),
    /// to be asked alongside the kind's checks while the staged rows are as the merge will read them.
    /// </summary>
    public static Alongside Counting(DuckDBConnection c, KindSpec kind, string school) =>
        new(SqlText.Load("Loading/Sql/merge_counts.sql", Fill(c, kind)), [("school", school)]);

    /// <param name="counted">What <see cref="Counting"/> answered over the rows as they still are; null = count now.</param>
    public static MergeCounts Merge(DuckDBConnection c, KindSpec kind, bool full, string school, long loadId, DateTime exportedAt,
        string file, LoadOptions options, IReadOnlyDictionary<string, long>? counted = null)
    {
        var fill = Fill(c, kind);
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
        var kept = false;
        if (counted is null)
        {
            // Not counted alongside the checks (a full file, or checks that changed the staged rows): keep the
            // pairing first and count over it, so a large load pairs its rows once.
            SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_pairs.sql", fill), ("school", school));
            kept = true;
            counted = SqlText.Rows(c, SqlText.Load("Loading/Sql/merge_counts.sql", new Dictionary<string, string>(fill) { ["pairing"] = "SELECT * FROM merge_src" }),
                r => Enumerable.Range(0, r.FieldCount).ToDictionary(r.GetName, r.GetInt64))[0];
        }
        var (distinct, toInsert, toUpdate) = (counted["brought"], counted["inserts"], counted["updates"]);
        if (toInsert + toUpdate > 0 && !kept) SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_pairs.sql", fill), ("school", school));
        var updated = toUpdate == 0 ? 0 : SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_update.sql", fill), args);
        var inserted = toInsert == 0 ? 0 : SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_insert.sql", fill), args);
        var deleted = gone > 0 ? SqlText.Execute(c, SqlText.Load("Loading/Sql/merge_delete.sql", fill), args) : 0;
        return new MergeCounts(distinct, inserted, updated, deleted, null, counted["key_rows"], counted["key_repeated"]);
    }

    private static Dictionary<string, string> Fill(DuckDBConnection c, KindSpec kind)
    {
        var coreColumns = CoreSchema.Columns(c, kind.CoreTable).Select(col => col.Name).Except(Bookkeeping).ToHashSet();
        var cols = StagingTable.Columns(kind).Where(coreColumns.Contains).ToList();
        var fill = new Dictionary<string, string>
        {
            ["stg"] = StagingTable.Name(kind),
            ["core"] = kind.CoreTable,
            ["cols"] = string.Join(", ", cols),
            ["scols"] = string.Join(", ", cols.Select(x => "s." + x)),
            ["set"] = string.Join(", ", cols.Where(x => !kind.Key.Contains(x)).Select(x => $"{x} = s.{x}")),
            ["keyjoin"] = string.Join(" AND ", kind.Key.Select(k => $"c.{k} = s.{k}")),
            ["key"] = string.Join(", ", kind.Key),
        };
        fill["pairing"] = SqlText.Load("Loading/Sql/merge_match.sql", fill);
        return fill;
    }
}
