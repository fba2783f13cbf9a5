using PortfolioAnalytics.Dashboard.Hosting;
using Quartz;

namespace PortfolioAnalytics.Dashboard.Jobs;

/// <summary>
/// A Quartz job whose every run is recorded in job_run; a failure is logged, shown on the ETL page and retried
/// (JobSettings.Retries times, after RetryDelaySeconds, doubling each time) by a one-off trigger.
/// </summary>
public abstract class TrackedJob(JobRunLog runs, DashboardSettings settings, ILogger log) : IJob
{
    protected DashboardSettings Settings { get; } = settings;

    public const string AttemptKey = "attempt";
    public const string TriggerKindKey = "trigger-kind";

    protected abstract Task<JobOutcome> RunAsync(IJobExecutionContext context, long runId, CancellationToken ct);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.JobDetail.Key.Name;
        var attempt = int.TryParse(Get(context, AttemptKey), out var a) ? a : 1;
        var kind = Get(context, TriggerKindKey) ?? "scheduled";
        var runId = runs.Start(name, kind, attempt);
        try
        {
            var outcome = await RunAsync(context, runId, cancellationToken);
            runs.Finish(runId, "succeeded", outcome.Message, outcome.LoadId);
            log.LogInformation("Job {Job} run {RunId} succeeded", name, runId);
        }
        catch (Exception e)
        {
            var retry = attempt <= Settings.Jobs.Retries && !cancellationToken.IsCancellationRequested;
            log.LogError(e, "Job {Job} run {RunId} failed (attempt {Attempt}); retry: {Retry}", name, runId, attempt, retry);
            var reason = e is JobFailedException ? e.Message : $"執行錯誤：{e.Message}";
            var delay = Settings.Jobs.RetryDelaySeconds * (1L << Math.Min(attempt - 1, 10));
            runs.Finish(runId, "failed", reason + (retry
                ? $"（將於 {delay} 秒後第 {attempt} 次重試）"
                : attempt > 1 ? "（已達重試上限）" : ""));
            if (retry)
            {
                var trigger = TriggerBuilder.Create()
                    .WithIdentity($"{name}:retry:{runId}")
                    .ForJob(context.JobDetail.Key)
                    .StartAt(DateTimeOffset.Now.AddSeconds(delay))
                    .UsingJobData(AttemptKey, (attempt + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .UsingJobData(TriggerKindKey, "retry")
                    .Build();
                await context.Scheduler.ScheduleJob(trigger, cancellationToken: CancellationToken.None);
            }
        }
    }

    private static string? Get(IJobExecutionContext context, string key) =>
        context.MergedJobDataMap.TryGetValue(key, out var value) ? value?.ToString() : null;

    protected static string? Data(IJobExecutionContext context, string key) => Get(context, key);
}

[DisallowConcurrentExecution]
public sealed class EtlJob(EtlRunner runner, SchoolJobs schools, Clock clock, JobRunLog runs, DashboardSettings settings, ILogger<EtlJob> log)
    : TrackedJob(runs, settings, log)
{
    public const string SourceKey = "source";
    public const string ActiveOnlyKey = "active-only";

    protected override async Task<JobOutcome> RunAsync(IJobExecutionContext context, long runId, CancellationToken ct)
    {
        var name = Data(context, SourceKey);
        var source = Settings.Jobs.Etl.FirstOrDefault(s => s.Name == name)
            ?? throw new JobFailedException($"設定檔中沒有名為「{name}」的資料來源");
        if (Data(context, ActiveOnlyKey) == "true" && !schools.PhasesAround(clock.Now).Any(p => p.Start <= clock.Now && clock.Now <= p.End))
            return new JobOutcome("目前沒有進行中的階段，略過階段期間的加密排程");
        return source.Source == "postgres"
            ? (await runner.PullAsync(source.Full, ct)).Outcome
            : (await runner.LoadAsync(source.ExportDir, ct)).Outcome;
    }
}

[DisallowConcurrentExecution]
public sealed class FreezeJob(SchoolJobs schools, JobRunLog runs, DashboardSettings settings, ILogger<FreezeJob> log)
    : TrackedJob(runs, settings, log)
{
    protected override Task<JobOutcome> RunAsync(IJobExecutionContext context, long runId, CancellationToken ct) =>
        schools.EachAsync(s => schools.Freezer(s).FreezePassedAsync(ct));
}

[DisallowConcurrentExecution]
public sealed class FollowUpJob(SchoolJobs schools, JobRunLog runs, DashboardSettings settings, ILogger<FollowUpJob> log)
    : TrackedJob(runs, settings, log)
{
    protected override Task<JobOutcome> RunAsync(IJobExecutionContext context, long runId, CancellationToken ct) =>
        schools.EachAsync(s => schools.FollowUp(s).SendAsync(runId, ct));
}

[DisallowConcurrentExecution]
public sealed class RetentionJob(SchoolJobs schools, JobRunLog runs, DashboardSettings settings, ILogger<RetentionJob> log)
    : TrackedJob(runs, settings, log)
{
    protected override Task<JobOutcome> RunAsync(IJobExecutionContext context, long runId, CancellationToken ct) =>
        schools.EachAsync(s => schools.Retention(s).PurgeAsync(runId, ct));
}
