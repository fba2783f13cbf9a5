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
    private readonly bool _inMemory;

    public string Path { get; }

    private WarehouseDb(string path, DuckDBConnection root, bool inMemory = false)
    {
        Path = path;
        _root = root;
        _inMemory = inMemory;
    }

    /// <summary>
    /// A database in memory that <paramref name="setup"/> fills instead of the migrations (a Parquet lake's views,
    /// Lake/LakeDb); <paramref name="path"/> names it in messages.
    /// </summary>
    public static WarehouseDb InMemory(string path, Action<DuckDBConnection> setup)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        setup(connection);
        return new WarehouseDb(path, connection, inMemory: true);
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
        // Each in-memory database is its own; a duplicate of its first connection reaches the same one.
        if (_inMemory)
        {
            var duplicate = _root.Duplicate();
            if (duplicate.State != System.Data.ConnectionState.Open) duplicate.Open();
            return duplicate;
        }
        // DuckDB.NET shares one database instance per file within a process, so this does not reopen the file.
        var connection = new DuckDBConnection(_root.ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose() => _root.Dispose();
}
