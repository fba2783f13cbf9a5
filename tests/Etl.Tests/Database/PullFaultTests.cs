using System.Globalization;
using Npgsql;
using PortfolioAnalytics.Etl.Sources.Database;

namespace PortfolioAnalytics.Etl.Tests.Database;

/// <summary>A fault ends the pull with a zh-TW reason in etl_load and changes nothing: not the warehouse, not the watermarks.</summary>
[Collection("postgres")]
[Trait("Speed", "Slow")]
public sealed class PullFaultTests
{
    private static void Changes(PulledSchool school, Func<DatabaseSourceConfig, DatabaseSourceConfig> config) =>
        school.Config = config(school.Config);

    private static DatabaseSourceConfig Query(DatabaseSourceConfig c, string kind, Func<string, string> sql) =>
        c with { Kinds = c.Kinds.Select(k => k.Kind == kind ? k with { Sql = sql(k.Sql) } : k).ToList() };

    /// <summary>Pulls once, changes the source, runs the faulty pull; the warehouse must be exactly as before it.</summary>
    private static (PulledSchool School, TestWarehouse W, string Message) AfterFault(Action<PulledSchool> fault, string? connection = null)
    {
        var school = new PulledSchool(40, dirt: false);
        var w = new TestWarehouse();
        var t0 = school.Options.ExportedAt;
        school.Pull(w, t0).Status.Should().NotBe("failed");
        school.Pg.Execute("UPDATE adm.lp_cos_result SET brief = '改過' WHERE id % 3 = 0");
        var before = PulledSchool.Everything(w);
        fault(school);
        var result = school.Pull(w, t0.AddHours(1), connection: connection);
        result.Status.Should().Be("failed");
        PulledSchool.Everything(w).Should().Equal(before);
        w.Rows($"SELECT status, message FROM etl_load WHERE load_id = {result.LoadId}").Should().Equal($"failed|{result.Message}");
        return (school, w, result.Message!);
    }

    [PostgresFact]
    public void Connection_refused()
    {
        var port = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString) { Port = 1 };
        var (school, w, message) = AfterFault(_ => { }, port.ConnectionString);
        using (school) using (w) message.Should().Contain("連線被拒");
    }

    [PostgresFact]
    public void Wrong_password_is_refused_and_never_recorded()
    {
        var bad = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString) { Password = "S3cret-never-logged" };
        var (school, w, message) = AfterFault(_ => { }, bad.ConnectionString);
        using (school) using (w)
        {
            message.Should().Contain("拒絕登入");
            w.Rows("SELECT source || ' ' || coalesce(message, '') FROM etl_load").Should().NotContain(r => r.Contains("S3cret") || r.Contains("Password"));
        }
    }

    [PostgresFact]
    public void A_column_of_the_wrong_type()
    {
        var (school, w, message) = AfterFault(s => Changes(s, c => Query(c, "artifacts", sql => sql.Replace("upload_time AS", "file_kb AS"))));
        using (school) using (w) message.Should().Contain("型別為 integer").And.Contain("上傳時間");
    }

    [PostgresFact]
    public void A_statement_timeout()
    {
        var (school, w, message) = AfterFault(s => Changes(s, c =>
            Query(c, "selections", sql => sql + " WHERE (SELECT true FROM pg_sleep(3))") with { StatementTimeoutSeconds = 1 }));
        using (school) using (w) message.Should().Contain("查詢逾時");
    }

    [PostgresFact]
    public void A_source_that_is_suddenly_empty_at_a_full_reconcile()
    {
        var (school, w, message) = AfterFault(s =>
        {
            s.Pg.Execute("DELETE FROM adm.lp_multi_perf");
            s.Config = s.Config with { FullReconcileEvery = TimeSpan.Zero };
        });
        using (school) using (w) message.Should().Contain("沒有傳回任何資料").And.Contain("多元表現");
    }

    [PostgresFact]
    public void The_connection_dropped_mid_pull_then_the_next_pull_catches_up() =>
        MidPull(pg => pg.Execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'portfolio-etl' AND datname = current_database()"), "中斷");

    [PostgresFact]
    public void The_server_stopped_mid_pull_then_the_next_pull_catches_up()
    {
        using var server = new PrivateServer();
        MidPull(_ =>
        {
            server.Stop();
            Thread.Sleep(500);
            server.Start();
        }, "倉儲未變更", server.ConnectionString);
    }

    /// <summary>Makes a late kind's query slow, interrupts the pull while it runs, then pulls normally.</summary>
    private static void MidPull(Action<TestPostgres> interrupt, string reason, string? server = null)
    {
        using var school = new PulledSchool(40, dirt: false, server: server);
        using var w = new TestWarehouse();
        var t0 = school.Options.ExportedAt;
        school.Pull(w, t0).Status.Should().NotBe("failed");
        school.Pg.Execute("""
            UPDATE adm.lp_cos_result SET brief = '改過' WHERE id % 3 = 0;
            UPDATE adm.lp_pick SET pick_time = pick_time + interval '1 minute';
            CREATE FUNCTION adm.slow() RETURNS boolean LANGUAGE sql VOLATILE AS 'SELECT true FROM pg_sleep(0.02)';
            """);
        var before = PulledSchool.Everything(w);
        var normal = school.Config;
        school.Config = Query(normal, "selections", sql => sql + " WHERE adm.slow()");

        var pull = Task.Run(() => school.Pull(w, t0.AddHours(1)));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Convert.ToInt64(school.Pg.Scalar("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%adm.slow()%' AND application_name = 'portfolio-etl' AND datname = current_database()"), CultureInfo.InvariantCulture) == 0)
        {
            pull.IsCompleted.Should().BeFalse("the pull should still be reading the slow kind");
            DateTime.UtcNow.Should().BeBefore(deadline);
            Thread.Sleep(50);
        }
        interrupt(school.Pg);
        var failed = pull.GetAwaiter().GetResult();
        failed.Status.Should().Be("failed");
        failed.Message.Should().Contain(reason);
        PulledSchool.Everything(w).Should().Equal(before, "nothing of the interrupted pull may remain, watermarks included");

        school.Config = normal;
        var next = school.Pull(w, t0.AddHours(2));
        next.Status.Should().NotBe("failed", next.Message);
        using var fresh = new TestWarehouse();
        school.Pull(fresh, t0.AddHours(2)).Status.Should().NotBe("failed");
        PulledSchool.Core(w).Should().Equal(PulledSchool.Core(fresh));
    }
}
