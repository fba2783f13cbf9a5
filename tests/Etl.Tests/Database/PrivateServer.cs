using System.Diagnostics;

namespace PortfolioAnalytics.Etl.Tests.Database;

/// <summary>
/// A PostgreSQL cluster of one test's own (scripts/start-test-postgres.sh into a fresh folder), so the test can stop
/// and start it without disturbing the tests that share PORTFOLIO_TEST_POSTGRES; removed on dispose.
/// </summary>
internal sealed class PrivateServer : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "pa-private-pg-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _bin;
    private readonly string _data;

    public string ConnectionString { get; }

    public PrivateServer()
    {
        var exports = Script("--export").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(line => line.Replace("export ", "").Split(' '))
            .Select(pair => pair.Split('=', 2)).Where(kv => kv.Length == 2)
            .ToDictionary(kv => kv[0], kv => kv[1].Trim('\''));
        ConnectionString = exports["PORTFOLIO_TEST_POSTGRES"];
        _bin = exports["PORTFOLIO_TEST_PG_BIN"];
        _data = exports["PORTFOLIO_TEST_PG_DATA"];
    }

    /// <summary>Stops the server at once, as a crash would.</summary>
    public void Stop() => PgCtl("-m immediate stop");

    /// <summary>Starts it again on the same port, with the options the script gives it.</summary>
    public void Start()
    {
        var port = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString).Port;
        PgCtl($"-l {_dir}/server.log -w -o \"-c listen_addresses=127.0.0.1 -p {port} -k {_dir} -c max_connections=50 -c fsync=off\" start");
    }

    private string Script(string args)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "scripts", "start-test-postgres.sh"))) root = Path.GetDirectoryName(root)!;
        var psi = new ProcessStartInfo("bash", $"{Path.Combine(root, "scripts", "start-test-postgres.sh")} {args}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["PORTFOLIO_TEST_PG_DIR"] = _dir;
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"start-test-postgres.sh {args}: {error}");
        return output;
    }

    private void PgCtl(string args)
    {
        var root = Environment.UserName == "root";
        var psi = new ProcessStartInfo(root ? "runuser" : Path.Combine(_bin, "pg_ctl"))
        {
            Arguments = (root ? $"-u postgres -- {Path.Combine(_bin, "pg_ctl")} " : "") + $"-D {_data} {args}",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        p.WaitForExit(60_000);
        if (p.ExitCode != 0) throw new InvalidOperationException($"pg_ctl {args}: {p.StandardError.ReadToEnd()}");
    }

    public void Dispose()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        try { Script("--stop --remove"); } catch (InvalidOperationException) { }
    }
}
