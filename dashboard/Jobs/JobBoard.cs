using PortfolioAnalytics.Dashboard.Hosting;
using Quartz;

namespace PortfolioAnalytics.Dashboard.Jobs;

/// <summary>A scheduled job as the ETL page lists it.</summary>
public sealed record JobInfo(string Key, string Label, string Schedule, DateTime? NextRun);

/// <summary>
/// The jobs configured in this host, their next runs (from their cron expressions and the phases' deadlines) and a
/// way to run one now. Schedules come from the "Dashboard:Jobs" configuration.
/// </summary>
public sealed class JobBoard(DashboardSettings settings, DashboardOptions options, Freezer freezer, Clock clock, IServiceProvider services)
{
    public const string Freeze = "freeze";
    public const string FollowUp = "follow-up";
    public const string Retention = "retention";
    public static string Etl(string source) => "etl:" + source;

    public bool Enabled => options.Scheduler;

    public IReadOnlyList<JobInfo> Jobs()
    {
        var now = clock.Now;
        var jobs = new List<JobInfo>();
        foreach (var s in settings.Jobs.Etl)
        {
            var next = new[] { Next(s.Cron, now), s.ActivePhaseCron is null ? null : Next(s.ActivePhaseCron, now) }.Min();
            jobs.Add(new JobInfo(Etl(s.Name), $"載入：{s.Name}（{s.ExportDir}）",
                s.Cron + (s.ActivePhaseCron is null ? "" : $"；階段期間 {s.ActivePhaseCron}"), next));
        }
        if (settings.Jobs.Freeze)
            jobs.Add(new JobInfo(Freeze, "凍結截止時的完成情形", "每個階段截止時", freezer.UpcomingDeadlines(now).Cast<DateTime?>().FirstOrDefault()?.AddMinutes(1)));
        if (settings.Jobs.FollowUpCron is { } f)
            jobs.Add(new JobInfo(FollowUp, "每週追蹤名單（導師、輔導中心）", f, Next(f, now)));
        if (settings.Jobs.RetentionCron is { } r)
            jobs.Add(new JobInfo(Retention, "刪除逾保存期限的離校生資料", r, Next(r, now)));
        return jobs;
    }

    /// <summary>Queues a run of <paramref name="key"/> now; false when the scheduler is off or the job unknown.</summary>
    public async Task<bool> RunNowAsync(string key, CancellationToken ct)
    {
        if (!Enabled || Jobs().All(j => j.Key != key)) return false;
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        var data = new JobDataMap { [TrackedJob.TriggerKindKey] = "manual" };
        await scheduler.TriggerJob(new JobKey(key), data, ct);
        return true;
    }

    private static DateTime? Next(string cron, DateTime now) =>
        CronExpression.TryParse(cron, out var e) ? e.GetNextValidTimeAfter(new DateTimeOffset(now))?.LocalDateTime : null;
}
