using Npgsql;

namespace PortfolioAnalytics.Etl.Tests.Database;

/// <summary>
/// A fresh database on the test server (PORTFOLIO_TEST_POSTGRES, started by scripts/start-test-postgres.sh, or a
/// <see cref="PrivateServer"/>), dropped on dispose.
/// </summary>
internal sealed class TestPostgres : IDisposable
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("PORTFOLIO_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public string Database { get; } = "pa_test_" + Guid.NewGuid().ToString("N")[..12];
    public string Connection { get; }

    private readonly string _server;

    /// <param name="server">The server's connection string; null = PORTFOLIO_TEST_POSTGRES.</param>
    public TestPostgres(string? server = null)
    {
        _server = server ?? ConnectionString!;
        Execute(_server, $"CREATE DATABASE {Database}");
        Connection = new NpgsqlConnectionStringBuilder(_server) { Database = Database, Pooling = false }.ConnectionString;
    }

    public static void Execute(string connection, string sql)
    {
        using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { Pooling = false }.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public void Execute(string sql) => Execute(Connection, sql);

    public object? Scalar(string sql)
    {
        using var c = new NpgsqlConnection(Connection);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        return cmd.ExecuteScalar();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Execute(_server, $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The server may be down after a failed stop/start test; the cluster folder is thrown away with it.
        }
    }
}
