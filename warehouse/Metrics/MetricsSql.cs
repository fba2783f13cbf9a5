using System.Collections.Concurrent;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// Assembles the metric queries from their .sql files: a phase kind's members (Kinds/*.sql, with the shared
/// population), wrapped by Classify.sql (exemptions, frozen snapshots, outcome), wrapped by a view (Completion.sql …).
/// </summary>
internal static class MetricsSql
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string Load(string name) => Cache.GetOrAdd(name, n => SqlResource.Load("Metrics/" + n));

    public static string Members(PhaseKind kind) =>
        Load($"Kinds/{kind}.sql").Replace("{population}", Load("Kinds/_population.sql"), StringComparison.Ordinal);

    public static string Classified(PhaseKind kind) =>
        Load("Classify.sql").Replace("{members}", Members(kind), StringComparison.Ordinal);

    /// <summary>A view over one phase's classified members, e.g. <c>Completion.sql</c>.</summary>
    public static string View(string file, PhaseKind kind) =>
        Load(file).Replace("{classified}", Classified(kind), StringComparison.Ordinal);
}
