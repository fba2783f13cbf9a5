using System.Data.Common;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>Runs metric SQL with named <c>$parameters</c>: binds exactly the ones the text uses.</summary>
internal static partial class SqlCommands
{
    [GeneratedRegex(@"\$([a-z_][a-z0-9_]*)")]
    private static partial Regex ParameterName();

    public static DuckDBCommand Create(DuckDBConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters)
    {
        var bound = ParameterName().Matches(sql).Select(m => m.Groups[1].Value).Distinct().Select(name =>
            parameters.TryGetValue(name, out var value)
                ? (name, value)
                : throw new InvalidOperationException($"SQL parameter ${name} has no value"));
        return WarehouseCommand.Create(connection, sql, bound.ToList());
    }

    public static List<T> Query<T>(DuckDBConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters,
        Func<DbDataReader, T> map)
    {
        using var cmd = Create(connection, sql, parameters);
        using var reader = cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    public static int Execute(DuckDBConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters)
    {
        using var cmd = Create(connection, sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    public static string? Text(this DbDataReader r, string column) =>
        r[column] is DBNull ? null : Convert.ToString(r[column], System.Globalization.CultureInfo.InvariantCulture);

    public static int? Int(this DbDataReader r, string column) =>
        r[column] is DBNull ? null : Convert.ToInt32(r[column], System.Globalization.CultureInfo.InvariantCulture);

    public static long Long(this DbDataReader r, string column) =>
        r[column] is DBNull ? 0 : Convert.ToInt64(r[column], System.Globalization.CultureInfo.InvariantCulture);

    public static double? Double(this DbDataReader r, string column) =>
        r[column] is DBNull ? null : Convert.ToDouble(r[column], System.Globalization.CultureInfo.InvariantCulture);

    public static DateTime? Moment(this DbDataReader r, string column) => r[column] switch
    {
        DBNull => null,
        DateTime d => d,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        var v => Convert.ToDateTime(v, System.Globalization.CultureInfo.InvariantCulture),
    };
}
