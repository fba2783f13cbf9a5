using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Hosting;

namespace PortfolioAnalytics.Dashboard.Jobs;

/// <summary>One row of job_run: a scheduled, manual, retried or handed-over run.</summary>
public sealed record JobRun(long RunId, string JobName, string TriggerKind, int Attempt, DateTime StartedAt, DateTime? FinishedAt,
    string Status, string? Message, long? LoadId);

/// <summary>The scheduler's history in the warehouse (job_run), so it survives a restart.</summary>
public sealed class JobRunLog(WarehouseGate warehouse, Clock clock)
{
    public long Start(string jobName, string triggerKind, int attempt) =>
        warehouse.Scalar<long>(Sql.Load("Jobs/job_run_start.sql"),
            ("job_name", jobName), ("trigger_kind", triggerKind), ("attempt", attempt), ("now", clock.Now));

    public void Finish(long runId, string status, string? message, long? loadId = null) =>
        warehouse.Execute(Sql.Load("Jobs/job_run_finish.sql"),
            ("run_id", runId), ("status", status), ("message", Truncate(message)), ("load_id", loadId), ("now", clock.Now));

    /// <summary>Runs left "running" by a stopped process are marked interrupted at start.</summary>
    public int MarkInterrupted() =>
        warehouse.Execute(Sql.Load("Jobs/job_run_interrupted.sql"), ("now", clock.Now));

    public IReadOnlyList<JobRun> Recent(int limit = 50) =>
        warehouse.Query(Sql.Load("Jobs/job_run_recent.sql"), r => new JobRun(
            r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetDateTime(4),
            r.IsDBNull(5) ? null : r.GetDateTime(5), r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7),
            r.IsDBNull(8) ? null : r.GetInt64(8)), ("limit", limit));

    private static string? Truncate(string? message) => message is { Length: > 1000 } m ? m[..1000] + "…" : message;
}
