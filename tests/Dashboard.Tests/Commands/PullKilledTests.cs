using System.Globalization;
using System.Diagnostics;
using Npgsql;
using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Etl.Sources.Database;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Tests.Commands;

/// <summary><c>portfolio load --source postgres</c> killed (SIGKILL) in the middle of a pull leaves warehouse and watermarks as they were.</summary>
[Trait("Speed", "Slow")]
public sealed class PullKilledTests : IDisposable
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("PORTFOLIO_TEST_POSTGRES") is { Length: > 0 } s ? s : null;
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("pa-kill-");
    private readonly string _database = "pa_kill_" + Guid.NewGuid().ToString("N")[..12];

    [DemoFromPostgresTests.PostgresFact]
    public void A_pull_killed_mid_way_changes_nothing_and_the_next_pull_catches_up()
    {
        Execute(Server!, $"CREATE DATABASE {_database}");
        var connection = new NpgsqlConnectionStringBuilder(Server) { Database = _database, Pooling = false }.ConnectionString;
        var school = SchoolCatalog.Load("jingxin");
        var options = new DemoOptions(60, 9);
        var export = Path.Combine(_dir.FullName, "export");
        DemoSchool.Write(options, export);
        SampleSchemaFiller.Fill(connection, school, export, options.ExportedAt);
        var warehouse = Path.Combine(_dir.FullName, "w.duckdb");
        using (var db = WarehouseDb.Open(warehouse))
        using (var first = new DatabaseSource(school, DatabaseSourceConfigReader.Sample(), options.ExportedAt, connectionString: connection))
            ExportLoader.Load(db, school, first).Status.Should().NotBe("failed");
        Execute(connection, """
            UPDATE adm.lp_cos_result SET brief = '改過' WHERE id % 3 = 0;
            UPDATE adm.lp_pick SET pick_time = pick_time + interval '1 minute';
            CREATE FUNCTION adm.slow() RETURNS boolean LANGUAGE sql VOLATILE AS 'SELECT true FROM pg_sleep(0.02)';
            """);
        var before = Fingerprint(warehouse);

        var selections = DatabaseSourceConfigReader.Sample().Kinds.Single(k => k.Kind == "selections");
        var slowSchool = Path.Combine(_dir.FullName, "slow.yaml");
        File.WriteAllText(slowSchool, school.SourceText!.TrimEnd() + $"""

            source_database:
              queries: sample
              kinds:
                selections:
                  query: '{selections.Sql} WHERE adm.slow()'
                  watermark: {selections.Watermark}

            """);
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "portfolio.dll"), "load", "--source", "postgres",
            "--school", slowSchool, "--warehouse", warehouse]) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment[DatabaseSourceConfig.DefaultConnectionEnv] = connection;
        using (var pull = Process.Start(psi)!)
        {
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%adm.slow()%' AND application_name = 'portfolio-etl' AND datname = current_database()"), CultureInfo.InvariantCulture) == 0)
            {
                pull.HasExited.Should().BeFalse(pull.HasExited ? pull.StandardError.ReadToEnd() + pull.StandardOutput.ReadToEnd() : "");
                DateTime.UtcNow.Should().BeBefore(deadline);
                Thread.Sleep(50);
            }
            pull.Kill(entireProcessTree: true);
            pull.WaitForExit();
        }

        Fingerprint(warehouse).Should().Equal(before, "a killed pull leaves no trace, not even its etl_load row or a watermark");
        using (var db = WarehouseDb.Open(warehouse))
        using (var next = new DatabaseSource(school, DatabaseSourceConfigReader.Sample(), options.ExportedAt.AddHours(1), connectionString: connection))
        {
            var result = ExportLoader.Load(db, school, next);
            result.Status.Should().NotBe("failed", result.Message);
            next.Pulls.Single(p => p.Kind == "selections").Rows.Should().BeGreaterThan(0);
        }
        Convert.ToInt64(Scalar(warehouse, "SELECT count(*) FROM course_artifact WHERE description = '改過'", duck: true), CultureInfo.InvariantCulture).Should().BeGreaterThan(0);
    }

    private static List<string> Fingerprint(string warehouse)
    {
        var tables = new[] { "etl_load", "etl_load_file", "etl_pull", "etl_reject", "etl_check", "student", "course_artifact", "selection", "student_enrolment" };
        return tables.Select(t => t + ":" + Scalar(warehouse, $"SELECT count(*) || '/' || coalesce(sum(hash(t)), 0) FROM {t} t", duck: true)).ToList();
    }

    private static object? Scalar(string target, string sql, bool duck = false)
    {
        if (duck)
        {
            using var db = WarehouseDb.Open(target);
            using var c = db.Connect();
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            return cmd.ExecuteScalar();
        }
        using var pg = new NpgsqlConnection(target);
        pg.Open();
        using var q = new NpgsqlCommand(sql, pg);
        return q.ExecuteScalar();
    }

    private static void Execute(string target, string sql)
    {
        using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target) { Pooling = false }.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try { _dir.Delete(true); } catch (IOException) { }
        if (Server is not null) Execute(Server, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }
}
