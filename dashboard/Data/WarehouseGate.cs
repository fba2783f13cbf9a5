using DuckDB.NET.Data;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Data;

/// <summary>
/// The server's one handle on the warehouse file. DuckDB lets one process write a file, so the server owns it:
/// loads, freezes, purges and attestations run here, one at a time (<see cref="WriteLock"/>), each in a transaction,
/// so readers on other connections see the state before or after a load, never half of it.
/// </summary>
public sealed class WarehouseGate(WarehouseDb db) : IDisposable
{
    private readonly SemaphoreSlim _write = new(1, 1);
    private long _version;

    public void Dispose() => _write.Dispose();

    /// <summary>Bumped each time a writer releases the lock: what was read before may have changed.</summary>
    public long Version => Interlocked.Read(ref _version);

    public WarehouseDb Db { get; } = db;

    /// <summary>Holds the single writer slot until disposed.</summary>
    public IDisposable WriteLock()
    {
        _write.Wait();
        return new Release(this);
    }

    public async Task<IDisposable> WriteLockAsync(CancellationToken ct)
    {
        await _write.WaitAsync(ct);
        return new Release(this);
    }

    public IReadOnlyList<T> Query<T>(string sql, Func<DuckDBDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var c = Db.Connect();
        return Query(c, sql, read, parameters);
    }

    public static IReadOnlyList<T> Query<T>(DuckDBConnection c, string sql, Func<DuckDBDataReader, T> read,
        params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(c, sql, parameters);
        using var reader = (DuckDBDataReader)cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    public T Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var c = Db.Connect();
        using var cmd = Command(c, sql, parameters);
        var value = cmd.ExecuteScalar();
        if (value is System.Numerics.BigInteger big) value = (decimal)big; // sum() of BIGINT is a HUGEINT
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var c = Db.Connect();
        return Execute(c, sql, parameters);
    }

    public static int Execute(DuckDBConnection c, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(c, sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    public void InTransaction(Action<DuckDBConnection> work)
    {
        using var c = Db.Connect();
        using var tx = c.BeginTransaction();
        work(c);
        tx.Commit();
    }

    private static DuckDBCommand Command(DuckDBConnection c, string sql, (string Name, object? Value)[] parameters) =>
        WarehouseCommand.Create(c, sql, parameters);

    private sealed class Release(WarehouseGate gate) : IDisposable
    {
        private int _done;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) != 0) return;
            Interlocked.Increment(ref gate._version);
            gate._write.Release();
        }
    }
}
