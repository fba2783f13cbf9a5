using DuckDB.NET.Data;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>Runs the .sql files embedded in this project; <c>{name}</c> placeholders take identifiers from the kind catalog.</summary>
internal static class SqlText
{
    private static readonly bool Trace = Environment.GetEnvironmentVariable("PA_ETL_TRACE") == "1";

    public static string Load(string path, IReadOnlyDictionary<string, string>? fill = null)
    {
        var sql = SqlResource.Load(typeof(SqlText).Assembly, path);
        if (fill is not null)
            foreach (var (k, v) in fill) sql = sql.Replace("{" + k + "}", v, StringComparison.Ordinal);
        return sql;
    }

    /// <summary>Statements are separated by a semicolon at the end of a line.</summary>
    public static IEnumerable<string> Statements(string sql) =>
        sql.Split(";\n").Select(s => s.Trim().TrimEnd(';')).Where(s => s.Split('\n').Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));

    public static long Execute(DuckDBConnection c, string sql, params (string Name, object? Value)[] args)
    {
        long total = 0;
        foreach (var statement in Statements(sql))
        {
            using var cmd = WarehouseCommand.Create(c, statement, args.Where(a => statement.Contains("$" + a.Name, StringComparison.Ordinal)));
            var sw = System.Diagnostics.Stopwatch.StartNew();
            total += Math.Max(0, cmd.ExecuteNonQuery());
            if (Trace && sw.ElapsedMilliseconds > 100) Console.Error.WriteLine($"[sql {sw.ElapsedMilliseconds} ms] {statement[..Math.Min(160, statement.Length)].ReplaceLineEndings(" ")}");
        }
        return total;
    }

    public static object? Scalar(DuckDBConnection c, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = WarehouseCommand.Create(c, sql, args);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }
}
