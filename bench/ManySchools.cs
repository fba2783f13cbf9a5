using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Bench;

/// <summary>
/// `--copies N`: one school's completion by class in a warehouse holding many schools. The loaded school's rows are
/// copied under N other school codes (Scale/copy_school.sql, each school's rows together, as separate loads append
/// them), then the school's completion by class is timed in three row orders: as appended; interleaved (every row
/// group holds every school, so zone maps cannot skip any); sorted by school_code, semester (Scale/reorder.sql).
/// The answers must equal the one-school warehouse's, or the bench stops.
/// </summary>
internal static class ManySchools
{
    public static async Task Run(string warehouse, SchoolConfig school, Semester semester, DateTime asOf, int copies, int repeat,
        IReadOnlyList<CompletionRow> expected, Action<StepResult> add)
    {
        var file = Path.Combine(Path.GetDirectoryName(warehouse)!, "many-schools.duckdb");
        foreach (var f in new[] { file, file + ".wal" }) File.Delete(f);
        File.Copy(warehouse, file);
        using var db = WarehouseDb.Open(file);
        var tables = Tables(db);
        add(await Stopwatches.Time($"copy the school {copies} times", 0, () =>
        {
            long rows = 0;
            foreach (var (table, _) in tables) rows += Execute(db, Sql("copy_school.sql", table), ("copies", copies), ("school", school.Code));
            return (rows, null);
        }));

        var metrics = new CompletionMetrics(db, school);
        var query = new CompletionQuery(semester, asOf, Breakdown.Class);
        foreach (var layout in new[] { "appended", "interleaved", "sorted" })
        {
            if (layout != "appended")
                add(await Stopwatches.Time($"rewrite {layout}", 0, () =>
                {
                    foreach (var (table, hasSemester) in tables)
                        Execute(db, Sql("reorder.sql", table).Replace("{order}",
                            layout == "interleaved" ? "hash(rowid)" : hasSemester ? "school_code, semester" : "school_code", StringComparison.Ordinal));
                    return (null, null);
                }));
            add(await Stopwatches.Time($"1 of {copies + 1} schools: completion --by class ({layout})", repeat, () =>
            {
                var rows = metrics.Completion(query);
                if (!rows.SequenceEqual(expected))
                    throw new InvalidOperationException($"{copies + 1} 校倉儲（{layout}）中本校的各班完成情形與單校倉儲不同");
                return (rows.Count, null);
            }));
        }
    }

    private static List<(string Table, bool HasSemester)> Tables(WarehouseDb db)
    {
        using var c = db.Connect();
        using var cmd = WarehouseCommand.Create(c, Sql("fact_tables.sql", ""));
        using var r = cmd.ExecuteReader();
        var tables = new List<(string, bool)>();
        while (r.Read()) tables.Add((r.GetString(0), r.GetBoolean(1)));
        return tables;
    }

    private static long Execute(WarehouseDb db, string sql, params (string Name, object? Value)[] parameters)
    {
        using var c = db.Connect();
        using var cmd = WarehouseCommand.Create(c, sql, parameters.Where(p => sql.Contains("$" + p.Name, StringComparison.Ordinal)));
        return cmd.ExecuteNonQuery();
    }

    private static string Sql(string name, string table) =>
        SqlResource.Load(typeof(ManySchools).Assembly, "Scale/" + name).Replace("{table}", table, StringComparison.Ordinal);
}
