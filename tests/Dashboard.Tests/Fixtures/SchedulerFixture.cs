using PortfolioAnalytics.Dashboard.Hosting;

namespace PortfolioAnalytics.Dashboard.Tests.Fixtures;

/// <summary>The dashboard with Quartz running: one ETL source whose folder is missing (fails, retried once after 1 s).</summary>
public sealed class SchedulerFixture : DashboardFixture
{
    public string ExportDir => Path.Combine(Dir.FullName, "no-such-export");

    protected override DashboardOptions Configure(DashboardOptions options) => options with
    {
        Scheduler = true,
        DataDirectory = Path.Combine(Dir.FullName, "data"),
        Settings = new Dictionary<string, string?>(options.Settings)
        {
            ["Dashboard:Jobs:Etl:0:Name"] = "nightly",
            ["Dashboard:Jobs:Etl:0:ExportDir"] = ExportDir,
            ["Dashboard:Jobs:Etl:0:Cron"] = "0 0 2 * * ?",
            ["Dashboard:Jobs:Retries"] = "1",
            ["Dashboard:Jobs:RetryDelaySeconds"] = "1",
        },
    };
}
