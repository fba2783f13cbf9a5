using System.Data;
using System.Diagnostics;
using DuckDB.NET.Data;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// Runs the .sql files embedded in this project; <c>{name}</c> placeholders take identifiers from the kind catalog.
/// PA_ETL_TRACE=1 prints the statements over 100 ms to stderr, PA_ETL_TRACE=all every statement with its time.
/// </summary>
internal static class SqlText
{
    private static readonly string? Trace = Environment.GetEnvironmentVariable("PA_ETL_TRACE");

    /// <summary>Sees every statement run on this thread (tests count what a load runs).</summary>
    [ThreadStatic] internal static Action<string>? Observer;

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
            var sw = Stopwatch.StartNew();
            total += Math.Max(0, cmd.ExecuteNonQuery());
            Ran(statement, sw);
        }
        return total;
    }

    public static object? Scalar(DuckDBConnection c, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = WarehouseCommand.Create(c, sql, args);
        var sw = Stopwatch.StartNew();
        var v = cmd.ExecuteScalar();
        Ran(sql, sw);
        return v is DBNull ? null : v;
    }

    /// <summary>Every row of one query, each read by <paramref name="read"/>.</summary>
    public static List<T> Rows<T>(DuckDBConnection c, string sql, Func<IDataRecord, T> read, params (string Name, object? Value)[] args)
    {
        using var cmd = WarehouseCommand.Create(c, sql, args);
        var sw = Stopwatch.StartNew();
        var rows = new List<T>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) rows.Add(read(r));
        Ran(sql, sw);
        return rows;
    }

    private static void Ran(string statement, Stopwatch sw)
    {
        Observer?.Invoke(statement);
        Traced(statement, sw);
    }

    /// <summary>Something other than a statement (an appender, a source's query) timed under the same trace.</summary>
    public static void Traced(string what, Stopwatch sw)
    {
        if (Trace is null) return;
        var ms = sw.Elapsed.TotalMilliseconds;
        if (Trace == "all" || (Trace == "1" && ms > 100))
        {
            var text = string.Join(' ', what.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("--", StringComparison.Ordinal)));
            Console.Error.WriteLine($"[sql {ms:0.0} ms] {text[..Math.Min(Trace == "all" ? 240 : 160, text.Length)]}");
        }
    }
}
