using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Lake;

/// <summary>
/// A Parquet lake (<see cref="LakeExport"/>) opened as a read-only warehouse: an in-memory DuckDB whose views carry the
/// warehouse's table names over <c>read_parquet(…, hive_partitioning)</c>, so the very same metrics SQL runs on it
/// unchanged. The partition columns (school, year) are dropped from the views: each row still has its school_code.
/// </summary>
public static class LakeDb
{
    /// <summary>Where each table's columns are kept, empty (hidden from Hive, Trino and Spark by its leading _).</summary>
    public const string SchemaFolder = "_schema";

    public static WarehouseDb Open(string lakeDir)
    {
        var root = Path.GetFullPath(lakeDir);
        var schemas = Path.Combine(root, SchemaFolder);
        if (!Directory.Exists(schemas))
            throw new DirectoryNotFoundException($"「{root}」不是資料湖資料夾（沒有 {SchemaFolder}/）：請先執行 portfolio export-lake");
        return WarehouseDb.InMemory(root, connection =>
        {
            foreach (var schema in Directory.EnumerateFiles(schemas, "*.parquet").Order(StringComparer.Ordinal))
            {
                var table = Path.GetFileNameWithoutExtension(schema);
                using var cmd = WarehouseCommand.Create(connection, View(root, table, schema));
                cmd.ExecuteNonQuery();
            }
        });
    }

    private static string View(string root, string table, string schema)
    {
        var folder = Path.Combine(root, table);
        var first = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories).FirstOrDefault() : null;
        if (first is null) return $"CREATE VIEW \"{table}\" AS SELECT * FROM read_parquet('{LakeExport.Literal(schema)}')";
        var keys = Path.GetRelativePath(folder, first).Split(Path.DirectorySeparatorChar)
            .Where(part => part.Contains('=', StringComparison.Ordinal)).Select(part => part[..part.IndexOf('=', StringComparison.Ordinal)]).ToList();
        var glob = LakeExport.Literal(Path.Combine(folder, "**", "*.parquet"));
        if (keys.Count == 0) return $"CREATE VIEW \"{table}\" AS SELECT * FROM read_parquet('{glob}')";
        var types = string.Join(", ", keys.Select(k => $"'{k}': {(k == "year" ? "INTEGER" : "VARCHAR")}"));
        // school_code is read from the folder name, so a query's school_code = $school prunes to that school's files.
        var bySchool = keys.Contains("school");
        return $"CREATE VIEW \"{table}\" AS SELECT * EXCLUDE ({string.Join(", ", bySchool ? keys.Prepend("school_code") : keys)})"
               + (bySchool ? ", school AS school_code " : " ")
               + $"FROM read_parquet('{glob}', hive_partitioning = true, hive_types = {{{types}}})";
    }
}
