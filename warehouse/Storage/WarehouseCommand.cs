using DuckDB.NET.Data;

namespace PortfolioAnalytics.Warehouse.Storage;

/// <summary>The one way every part builds a command: SQL text with named <c>$parameters</c>; a null value binds SQL NULL.</summary>
public static class WarehouseCommand
{
    public static DuckDBCommand Create(DuckDBConnection connection, string sql, params IEnumerable<(string Name, object? Value)> parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        return cmd;
    }
}
