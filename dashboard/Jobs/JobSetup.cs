using PortfolioAnalytics.Dashboard.Hosting;
using Quartz;

namespace PortfolioAnalytics.Dashboard.Jobs;

/// <summary>Quartz in the same host: the job services always (the ETL page and hand-off use them), the scheduler when enabled.</summary>
internal static class JobSetup
{
    public static void Add(WebApplicationBuilder builder, DashboardSettings settings, DashboardOptions options)
    {
        var services = builder.Services;
        services.AddSingleton<JobRunLog>();
        services.AddSingleton<EtlRunner>();
        services.AddSingleton<Freezer>();
        services.AddSingleton<FollowUpSender>();
        services.AddSingleton<RetentionPurger>();
        services.AddSingleton<SchoolJobs>();
        services.AddSingleton<JobBoard>();
        services.AddHostedService<JobHistoryStartup>();
        if (!options.Scheduler) return;

        builder.AddQuartz(q =>
        {
            q.AddJobType<EtlJob>();
            q.AddJobType<FreezeJob>();
            q.AddJobType<FollowUpJob>();
            q.AddJobType<RetentionJob>();
        });
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<JobScheduling>();
    }
}

/// <summary>Marks runs a previous process left unfinished, so the history tells the truth after a restart.</summary>
internal sealed class JobHistoryStartup(JobRunLog runs, ILogger<JobHistoryStartup> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var n = runs.MarkInterrupted();
        if (n > 0) log.LogWarning("{Count} job runs were interrupted by the last shutdown", n);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Schedules the configured jobs once the scheduler exists.</summary>
internal sealed class JobScheduling(ISchedulerFactory factory, DashboardSettings settings, SchoolJobs schools, Clock clock,
    ILogger<JobScheduling> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        foreach (var source in settings.Jobs.Etl)
        {
            var job = Durable<EtlJob>(JobBoard.Etl(source.Name), $"載入 {source.Name}", (EtlJob.SourceKey, source.Name));
            await scheduler.AddJob(job, cancellationToken: ct);
            await scheduler.ScheduleJob(Cron(job.Key, source.Cron, $"{job.Key.Name}:cron"), cancellationToken: ct);
            if (source.ActivePhaseCron is { } active)
                await scheduler.ScheduleJob(Cron(job.Key, active, $"{job.Key.Name}:active", (EtlJob.ActiveOnlyKey, "true")), cancellationToken: ct);
        }
        if (settings.Jobs.Freeze)
        {
            var job = Durable<FreezeJob>(JobBoard.Freeze, "凍結截止時的完成情形");
            await scheduler.AddJob(job, cancellationToken: ct);
            // Catch up on deadlines passed while the server was down, then one run a minute after each coming deadline.
            await scheduler.ScheduleJob(TriggerBuilder.Create().WithIdentity("freeze:startup").ForJob(job.Key)
                .UsingJobData(TrackedJob.TriggerKindKey, "startup").StartNow().Build(), cancellationToken: ct);
            // The host's clock may run from another moment (the demo starts at its export time): wait as long as it says.
            var now = clock.Now;
            foreach (var deadline in schools.UpcomingDeadlines(now))
                await scheduler.ScheduleJob(TriggerBuilder.Create().WithIdentity($"freeze:{deadline:yyyyMMddHHmmss}").ForJob(job.Key)
                    .StartAt(DateTimeOffset.Now + (deadline - now) + TimeSpan.FromMinutes(1)).Build(), cancellationToken: ct);
        }
        if (settings.Jobs.FollowUpCron is { } followUp)
        {
            var job = Durable<FollowUpJob>(JobBoard.FollowUp, "每週追蹤名單");
            await scheduler.AddJob(job, cancellationToken: ct);
            await scheduler.ScheduleJob(Cron(job.Key, followUp, "follow-up:cron"), cancellationToken: ct);
        }
        if (settings.Jobs.RetentionCron is { } retention)
        {
            var job = Durable<RetentionJob>(JobBoard.Retention, "刪除逾保存期限的離校生資料");
            await scheduler.AddJob(job, cancellationToken: ct);
            await scheduler.ScheduleJob(Cron(job.Key, retention, "retention:cron"), cancellationToken: ct);
        }
        log.LogInformation("Scheduled {Sources} ETL sources, freeze {Freeze}, follow-up {FollowUp}, retention {Retention}",
            settings.Jobs.Etl.Count, settings.Jobs.Freeze, settings.Jobs.FollowUpCron, settings.Jobs.RetentionCron);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static IJobDetail Durable<T>(string key, string description, params (string Key, string Value)[] data) where T : IJob
    {
        var builder = JobBuilder.Create<T>().WithIdentity(key).WithDescription(description).StoreDurably().DisallowConcurrentExecution();
        foreach (var (k, v) in data) builder = builder.UsingJobData(k, v);
        return builder.Build();
    }

    private static ITrigger Cron(JobKey job, string cron, string name, params (string Key, string Value)[] data)
    {
        if (!CronExpression.TryParse(cron, out _))
            throw new InvalidOperationException($"設定檔的排程「{cron}」（{name}）不是有效的 Quartz cron 運算式，例如每天 02:00 為「0 0 2 * * ?」");
        var builder = TriggerBuilder.Create().WithIdentity(name).ForJob(job).WithSchedule(CronScheduleBuilder.Create(cron));
        foreach (var (k, v) in data) builder = builder.UsingJobData(k, v);
        return builder.Build();
    }
}
