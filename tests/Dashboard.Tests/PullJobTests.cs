using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Dashboard.Jobs;
using PortfolioAnalytics.Dashboard.Tests.Commands;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;
using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Tests;

/// <summary>The dashboard scheduling a pull from the school's database ("Source": "postgres"); the school file names its queries.</summary>
[Trait("Speed", "Slow")]
public sealed class PullSchedulerFixture : DashboardFixture
{
    public const string ConnectionEnv = "PA_TEST_PULL_CONNECTION";

    protected override DashboardOptions Configure(DashboardOptions options)
    {
        var school = Path.Combine(Dir.FullName, "school.yaml");
        File.WriteAllText(school, SchoolCatalog.Load("jingxin").SourceText!.TrimEnd()
                                  + $"\nsource_database:\n  queries: sample\n  connection_env: {ConnectionEnv}\n");
        return options with
        {
            School = school,
            Scheduler = true,
            DataDirectory = Path.Combine(Dir.FullName, "data"),
            Settings = new Dictionary<string, string?>(options.Settings)
            {
                ["Dashboard:Jobs:Etl:0:Name"] = "admin-db",
                ["Dashboard:Jobs:Etl:0:Source"] = "postgres",
                ["Dashboard:Jobs:Etl:0:Cron"] = "0 0 2 * * ?",
                ["Dashboard:Jobs:Retries"] = "1",
                ["Dashboard:Jobs:RetryDelaySeconds"] = "1",
            },
        };
    }
}

public sealed class PullJobTests(PullSchedulerFixture host) : IClassFixture<PullSchedulerFixture>, IDisposable
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("PORTFOLIO_TEST_POSTGRES") is { Length: > 0 } s ? s : null;
    private readonly string _database = "pa_job_" + Guid.NewGuid().ToString("N")[..12];
    private readonly DirectoryInfo _export = Directory.CreateTempSubdirectory("pa-job-export-");

    private T Get<T>() where T : notnull => host.App.Services.GetRequiredService<T>();

    [DemoFromPostgresTests.PostgresFact]
    public async Task A_scheduled_pull_loads_the_database_shows_its_watermarks_and_a_refused_connection_is_retried()
    {
        Execute(Server!, $"CREATE DATABASE {_database}");
        var connection = new NpgsqlConnectionStringBuilder(Server) { Database = _database, Pooling = false }.ConnectionString;
        var options = new DemoOptions(60, 5);
        DemoSchool.Write(options, _export.FullName);
        SampleSchemaFiller.Fill(connection, SchoolCatalog.Load("jingxin"), _export.FullName, options.ExportedAt);

        Environment.SetEnvironmentVariable(PullSchedulerFixture.ConnectionEnv, connection);
        (await Get<JobBoard>().RunNowAsync(JobBoard.Etl("admin-db"), CancellationToken.None)).Should().BeTrue();
        await Until(() => Get<JobRunLog>().Recent().Any(r => r.JobName == "etl:admin-db" && r.Status != "running"));
        var run = Get<JobRunLog>().Recent().Single(r => r.JobName == "etl:admin-db");
        run.Status.Should().Be("succeeded", run.Message);

        using var registry = await host.SignIn("registry");
        var page = await registry.GetStringAsync($"/Etl?load={run.LoadId}");
        page.Should().Contain("資料庫擷取與水位").And.Contain("全部比對").And.Contain("更新時間").And.Contain("postgres://127.0.0.1");
        page.Should().NotContain("portfolio-test", "the password never reaches a page");

        Environment.SetEnvironmentVariable(PullSchedulerFixture.ConnectionEnv,
            new NpgsqlConnectionStringBuilder(connection) { Port = 1 }.ConnectionString);
        (await Get<JobBoard>().RunNowAsync(JobBoard.Etl("admin-db"), CancellationToken.None)).Should().BeTrue();
        await Until(() => Get<JobRunLog>().Recent().Count(r => r.JobName == "etl:admin-db" && r.Status == "failed") >= 2);
        var failed = Get<JobRunLog>().Recent().Where(r => r.JobName == "etl:admin-db" && r.Status == "failed").OrderBy(r => r.RunId).ToList();
        failed[0].Message.Should().Contain("連線被拒").And.Contain("將於 1 秒後第 1 次重試");
        failed[1].Message.Should().Contain("已達重試上限");
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the job should have finished");
            await Task.Delay(100);
        }
    }

    private static void Execute(string server, string sql)
    {
        using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(PullSchedulerFixture.ConnectionEnv, null);
        try { _export.Delete(true); } catch (IOException) { }
        if (Server is not null) Execute(Server, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }
}
