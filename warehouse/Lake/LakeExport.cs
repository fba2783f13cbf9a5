using System.Globalization;
using DuckDB.NET.Data;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Lake;

/// <summary>
/// <c>portfolio export-lake</c>: writes every core table of a warehouse (dimensions, facts, the metrics' exemptions,
/// attestations and frozen snapshots, and school_config) as Hive-partitioned Parquet, <c>TABLE/school=CODE/year=YEAR/</c>
/// (DuckDB <c>COPY … PARTITION_BY</c>). year is the row's 學年度: its academic_year, else the year of its semester
/// (111-2 → 111), else that of its first date column (a date from August 1 belongs to the 學年度 starting then), 0 when
/// that is empty. A table with no such column is partitioned by school only; one with no school_code is not partitioned.
/// Each table's columns are also written, empty, to <c>_schema/TABLE.parquet</c>, so an empty table still has a shape.
/// </summary>
public static class LakeExport
{
    /// <summary>Operational tables that stay with the warehouse (loads, accounts, jobs, outbox, audits).</summary>
    private static readonly string[] Operational = ["etl_", "dashboard_", "job_", "outbox_", "retention_", "schema_", "completion_freeze"];

    public static IReadOnlyList<LakeTable> Write(WarehouseDb db, string outDir, IProgress<string>? progress = null)
    {
        var root = Path.GetFullPath(outDir);
        Directory.CreateDirectory(Path.Combine(root, LakeDb.SchemaFolder));
        using var connection = db.Connect();
        var written = new List<LakeTable>();
        foreach (var table in Tables(connection))
        {
            var folder = Path.Combine(root, table.Name);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var rows = Scalar(connection, $"SELECT count(*) FROM \"{table.Name}\"");
            var select = $"SELECT *{(table.BySchool ? ", school_code AS school" : "")}"
                         + $"{(table.YearExpression is { } y ? $", coalesce({y}, 0) AS year" : "")} FROM \"{table.Name}\"";
            if (rows > 0)
            {
                var partitions = table.PartitionColumns;
                Execute(connection, partitions.Count == 0
                    ? $"COPY ({select}) TO '{Literal(Path.Combine(folder, "data.parquet"))}' (FORMAT parquet)"
                    : $"COPY ({select}) TO '{Literal(folder)}' (FORMAT parquet, PARTITION_BY ({string.Join(", ", partitions)}))");
            }
            Execute(connection, $"COPY (SELECT * FROM \"{table.Name}\" LIMIT 0) TO '{Literal(Path.Combine(root, LakeDb.SchemaFolder, table.Name + ".parquet"))}' (FORMAT parquet)");
            written.Add(table with { Rows = rows });
            progress?.Report($"{table.Name}：{rows.ToString("#,0", CultureInfo.InvariantCulture)} 列"
                             + (table.PartitionColumns.Count > 0 ? $"（依 {string.Join("、", table.PartitionColumns)} 分區）" : ""));
        }
        return written;
    }

    private static List<LakeTable> Tables(DuckDBConnection connection)
    {
        using var cmd = WarehouseCommand.Create(connection, SqlResource.Load("Lake/Sql/tables.sql"));
        using var r = cmd.ExecuteReader();
        var tables = new List<LakeTable>();
        while (r.Read())
        {
            var name = r.GetString(0);
            if (Operational.Any(p => name.StartsWith(p, StringComparison.Ordinal))) continue;
            var dates = r.IsDBNull(4) ? [] : ((System.Collections.IEnumerable)r.GetValue(4)).Cast<object>().Select(o => o.ToString()!).ToList();
            var year = r.GetBoolean(2) ? "TRY_CAST(academic_year AS INTEGER)"
                : r.GetBoolean(3) ? "TRY_CAST(split_part(semester, '-', 1) AS INTEGER)"
                : dates.Count > 0 ? $"CAST(year(CAST(\"{dates[0]}\" AS DATE) - INTERVAL 7 MONTH) - 1911 AS INTEGER)"
                : null;
            tables.Add(new LakeTable(name, r.GetBoolean(1), year));
        }
        return tables;
    }

    internal static string Literal(string text) => text.Replace("'", "''", StringComparison.Ordinal);

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = WarehouseCommand.Create(connection, sql);
        cmd.ExecuteNonQuery();
    }

    private static long Scalar(DuckDBConnection connection, string sql)
    {
        using var cmd = WarehouseCommand.Create(connection, sql);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
