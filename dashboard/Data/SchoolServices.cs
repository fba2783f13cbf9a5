using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Data;

/// <summary>
/// Everything the dashboard asks about one school: its configuration and its own metrics cache (emptied by every
/// write), and the helpers built on them. One per school of the warehouse, made once (<see cref="SchoolRegistry"/>).
/// </summary>
public sealed class SchoolServices(SchoolEntry entry, MetricsCache metrics, Clock clock)
{
    public SchoolEntry Entry { get; } = entry;
    public string Code => Entry.Code;
    public MetricsCache Metrics { get; } = metrics;
    public SchoolConfig Config => Metrics.School;
    public ScopeResolver Scopes { get; } = new(metrics);
    public SemesterDefaults Semesters { get; } = new(metrics, clock);

    private readonly Lazy<ReportGenerator> _reports = new(() => new ReportGenerator(metrics, clock));

    /// <summary>The school's documents (made on first use: it may start Chromium).</summary>
    public ReportGenerator Reports => _reports.Value;

    internal ValueTask DisposeAsync() => _reports.IsValueCreated ? _reports.Value.DisposeAsync() : ValueTask.CompletedTask;
}
