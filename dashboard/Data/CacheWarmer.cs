using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Warehouse.Metrics;

using PortfolioAnalytics.Reports.Documents;

namespace PortfolioAnalytics.Dashboard.Data;

/// <summary>
/// After start and after every write (a load, an attestation, a freeze) computes what the first pages need for the
/// current semester, so the principal's first visit does not wait for every phase's query.
/// </summary>
internal sealed class CacheWarmer(SchoolRegistry schools, WarehouseGate warehouse, Clock clock, ILogger<CacheWarmer> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long warmed = -1;
        var day = DateOnly.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var version = warehouse.Version;
            var today = DateOnly.FromDateTime(clock.Now);
            if (version != warmed || today != day)
            {
                foreach (var school in schools.Each())
                {
                    if (stoppingToken.IsCancellationRequested || warehouse.Version != version) break; // written meanwhile: again from the first
                    await WarmAsync(school, today);
                }
                warmed = version;
                day = today;
            }
            try { await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task WarmAsync(SchoolServices school, DateOnly today)
    {
        var metrics = school.Metrics;
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var semester = school.Semesters.Current();
            var asOf = AsOf.EndOfDay(today);
            metrics.Completion(new CompletionQuery(semester, asOf, Breakdown.Phase));
            metrics.Completion(new CompletionQuery(semester, asOf, Breakdown.Class));
            metrics.Risk(new CompletionQuery(semester, asOf, Breakdown.Student));
            metrics.TeacherCertifications(new CompletionQuery(semester, asOf, Breakdown.Teacher));
            // The 自我檢核 / 敘獎 previews render whole documents from the warehouse's own metrics; keyed exactly
            // as the Reports page asks. Skipped when the pages' numbers come from elsewhere (tests' fixed metrics).
            if (metrics.Inner is CompletionMetrics)
            {
                var request = new ReportRequest(semester, asOf);
                foreach (var kind in new[] { ReportKind.SelfCheck, ReportKind.Awards })
                    await metrics.Get(("report-html", kind, request), () => school.Reports.RenderHtmlAsync(kind, request));
            }
            log.LogInformation("Metrics cache of {School} warmed for {Semester} in {Elapsed} ms", school.Code, semester.ToString(), watch.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Warming the metrics cache of {School} failed", school.Code);
        }
    }
}
