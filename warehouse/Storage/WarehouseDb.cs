using DuckDB.NET.Data;

namespace PortfolioAnalytics.Warehouse.Storage;

/// <summary>
/// The warehouse: one DuckDB file on disk. Opening it applies any pending migration
/// (<c>Migrations/NNNN_name.sql</c>, in order, each in its own transaction) and records it in <c>schema_migration</c>.
/// DuckDB lets one process write a file; within the process, <see cref="Connect"/> hands out connections to the same
/// database instance.
/// </summary>
public sealed class WarehouseDb : IDisposable
{
    private readonly DuckDBConnection _root;

    public string Path { get; }

    private WarehouseDb(string path, DuckDBConnection root)
    {
        Path = path;
        _root = root;
    }

    public static WarehouseDb Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connection = new DuckDBConnection($"Data Source={full}");
        connection.Open();
        Migrator.Apply(connection);
        return new WarehouseDb(full, connection);
    }

    /// <summary>A new connection to the same database; dispose it when done.</summary>
    public DuckDBConnection Connect()
    {
        // DuckDB.NET shares one database instance per file within a process, so this does not reopen the file.
        var connection = new DuckDBConnection(_root.ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose() => _root.Dispose();
}
