using Npgsql;
using PortfolioAnalytics.Dashboard.Commands;
using PortfolioAnalytics.Etl.Sources.Database;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Tests.Commands;

/// <summary>
/// <c>portfolio demo --source postgres</c> against the test PostgreSQL server (scripts/start-test-postgres.sh): the demo
/// school pulled from the sample admin schema gives the same <c>portfolio completion</c> JSON as its export files.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class DemoFromPostgresTests : IDisposable
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("PORTFOLIO_TEST_POSTGRES") is { Length: > 0 } s ? s : null;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "demo-pg-" + Guid.NewGuid().ToString("N"));
    private readonly string _database = "pa_demo_" + Guid.NewGuid().ToString("N")[..12];

    public sealed class PostgresFactAttribute : FactAttribute
    {
        public PostgresFactAttribute()
        {
            if (Server is null) Skip = "未設定 PostgreSQL 測試伺服器：請先執行 `source <(bash scripts/start-test-postgres.sh --export)`（bash .ci/test 會自動啟動）";
        }
    }

    [PostgresFact]
    public void The_demo_pulled_from_postgres_gives_the_same_completion_json_as_its_export_files()
    {
        Execute($"CREATE DATABASE {_database}");
        var connection = new NpgsqlConnectionStringBuilder(Server) { Database = _database, Pooling = false }.ConnectionString;
        var files = Demo(new DemoRequest(Students: 200, Seed: 3, DataDir: Path.Combine(_dir, "files"), NoServe: true));
        var before = Environment.GetEnvironmentVariable(DatabaseSourceConfig.DefaultConnectionEnv);
        Environment.SetEnvironmentVariable(DatabaseSourceConfig.DefaultConnectionEnv, connection);
        string pulled;
        try
        {
            pulled = Demo(new DemoRequest(Students: 200, Seed: 3, DataDir: Path.Combine(_dir, "postgres"), NoServe: true, Source: "postgres"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(DatabaseSourceConfig.DefaultConnectionEnv, before);
        }

        foreach (var semester in new[] { "111-1", "111-2" })
            foreach (var by in new[] { "phase", "class", "teacher", "student" })
            {
                var fromFiles = Completion(files, semester, by);
                fromFiles.Length.Should().BeGreaterThan(100);
                Completion(pulled, semester, by).Should().Be(fromFiles, $"{semester} by {by}");
            }
    }

    /// <summary>Generates and loads the demo as <c>portfolio demo --no-serve</c> does; returns its warehouse path.</summary>
    private static string Demo(DemoRequest request)
    {
        var school = SchoolCatalog.Load(request.School);
        var output = new StringWriter();
        var summary = DemoCommand.Generate(request, output);
        DemoCommand.Load(request, school, summary, output).Status.Should().Be("rejected-rows", output.ToString());
        return request.WarehousePath;
    }

    private static string Completion(string warehouse, string semester, string by)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        CompletionCommand.Run(new FileInfo(warehouse), semester, null, "112.05.20", by, "json", "jingxin", output, error)
            .Should().Be(0, error.ToString());
        return output.ToString();
    }

    private static void Execute(string sql)
    {
        using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
        if (Server is not null) Execute($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }
}
