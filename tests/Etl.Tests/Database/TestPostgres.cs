using System.Diagnostics;
using Npgsql;

namespace PortfolioAnalytics.Etl.Tests.Database;

/// <summary>
/// A fresh database on the test server (PORTFOLIO_TEST_POSTGRES, started by scripts/start-test-postgres.sh), dropped
/// on dispose. The same script exports PORTFOLIO_TEST_PG_BIN and PORTFOLIO_TEST_PG_DATA so a test can stop and start it.
/// </summary>
internal sealed class TestPostgres : IDisposable
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("PORTFOLIO_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    /// <summary>Tests that stop the server must not overlap tests that use it.</summary>
    public static readonly SemaphoreSlim ServerLock = new(1, 1);

    public string Database { get; } = "pa_test_" + Guid.NewGuid().ToString("N")[..12];
    public string Connection { get; }

    public TestPostgres()
    {
        Execute(ConnectionString!, $"CREATE DATABASE {Database}");
        Connection = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = Database, Pooling = false }.ConnectionString;
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

    /// <summary>Stops the server at once (as a crash would) and starts it again on the same port.</summary>
    public static void StopServer() => PgCtl("-m immediate stop");

    public static void StartServer()
    {
        var data = Environment.GetEnvironmentVariable("PORTFOLIO_TEST_PG_DATA")!;
        var port = new NpgsqlConnectionStringBuilder(ConnectionString).Port;
        PgCtl($"-l {Path.GetDirectoryName(data)}/server.log -w -o \"-c listen_addresses=127.0.0.1 -p {port} -k {Path.GetDirectoryName(data)} -c fsync=off\" start");
    }

    public static bool CanControlServer => Environment.GetEnvironmentVariable("PORTFOLIO_TEST_PG_BIN") is { Length: > 0 };

    private static void PgCtl(string args)
    {
        var bin = Environment.GetEnvironmentVariable("PORTFOLIO_TEST_PG_BIN")!;
        var data = Environment.GetEnvironmentVariable("PORTFOLIO_TEST_PG_DATA")!;
        var root = Environment.UserName == "root";
        var psi = new ProcessStartInfo(root ? "runuser" : Path.Combine(bin, "pg_ctl"))
        {
            Arguments = (root ? $"-u postgres -- {Path.Combine(bin, "pg_ctl")} " : "") + $"-D {data} {args}",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        p.WaitForExit(60_000);
        if (p.ExitCode != 0) throw new InvalidOperationException($"pg_ctl {args}: {p.StandardError.ReadToEnd()}");
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Execute(ConnectionString!, $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The server may be down after a failed stop/start test; the cluster folder is thrown away with it.
        }
    }
}
