using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// Assembles the metric queries from their .sql files: a phase kind's members (Kinds/*.sql, with the shared
/// population), wrapped by Classify.sql (exemptions, frozen snapshots, outcome), wrapped by a view (Completion.sql …).
/// </summary>
internal static partial class MetricsSql
{
    [GeneratedRegex(@"\$([a-z_][a-z0-9_]*)")]
    private static partial Regex ParameterName();

    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string Load(string name) => Cache.GetOrAdd(name, n => SqlResource.Load("Metrics/" + n));

    public static string Members(PhaseKind kind) =>
        Load($"Kinds/{kind}.sql").Replace("{population}", Load("Kinds/_population.sql"), StringComparison.Ordinal);

    public static string Classified(PhaseKind kind) =>
        Load("Classify.sql").Replace("{members}", Members(kind), StringComparison.Ordinal);

    /// <summary>A view over one phase's classified members, e.g. <c>Completion.sql</c>.</summary>
    public static string View(string file, PhaseKind kind) =>
        Load(file).Replace("{classified}", Classified(kind), StringComparison.Ordinal);

    /// <summary>
    /// One statement for a view over several phases (Batch/&lt;file&gt;): each phase's view with its parameters renamed
    /// <c>$name_N</c>, tagged <c>phase_index</c> N; the batch itself may use the parameters of the first phase that
    /// are the same for all (e.g. <c>$school</c>). Running the phases together saves a round trip per phase.
    /// </summary>
    public static (string Sql, Dictionary<string, object?> Parameters) Batch(
        string file, IReadOnlyList<(PhaseKind Kind, IReadOnlyDictionary<string, object?> Parameters)> phases)
    {
        var branches = new List<string>(phases.Count);
        var parameters = new Dictionary<string, object?>();
        for (var i = 0; i < phases.Count; i++)
        {
            var index = i;
            var view = ParameterName().Replace(View(file, phases[i].Kind), m => $"${m.Groups[1].Value}_{index}");
            branches.Add($"SELECT {index} AS phase_index, * FROM (\n{view}\n)");
            foreach (var (name, value) in phases[i].Parameters) parameters[$"{name}_{index}"] = value;
        }
        foreach (var (name, value) in phases[0].Parameters) parameters[name] = value;
        var sql = Load("Batch/" + file).Replace("{branches}", string.Join("\nUNION ALL\n", branches), StringComparison.Ordinal);
        return (sql, parameters);
    }
}
