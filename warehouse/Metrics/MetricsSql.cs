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

    /// <summary>
    /// A view (e.g. <c>Completion.sql</c>) over several phases' classified members as one statement: each phase's
    /// members (Kinds/*.sql) with its parameters renamed <c>$name_N</c> and tagged <c>phase_index</c> N; the parameters
    /// the same for every phase (<c>$school</c>, <c>$asof</c>, the breakdown and filters) are taken from the first.
    /// </summary>
    public static (string Sql, Dictionary<string, object?> Parameters) View(
        string file, IReadOnlyList<(PhaseKind Kind, IReadOnlyDictionary<string, object?> Parameters)> phases)
    {
        var members = new List<string>(phases.Count);
        var rows = new List<string>(phases.Count);
        var parameters = new Dictionary<string, object?>(phases[0].Parameters);
        for (var i = 0; i < phases.Count; i++)
        {
            var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string Suffixed(string sql) => ParameterName().Replace(sql, m => $"${m.Groups[1].Value}_{index}")
                .Replace("{phase_index}", index, StringComparison.Ordinal);
            members.Add(Suffixed(Load("Batch/_member.sql").Replace("{members}", Members(phases[i].Kind), StringComparison.Ordinal)));
            rows.Add(Suffixed(Load("Batch/_phase.sql").Trim()));
            foreach (var (name, value) in phases[i].Parameters) parameters[$"{name}_{index}"] = value;
        }
        var classified = Load("Classify.sql")
            .Replace("{phases}", string.Join(", ", rows), StringComparison.Ordinal)
            .Replace("{members}", string.Join("\nUNION ALL\n", members), StringComparison.Ordinal);
        return (Load(file).Replace("{classified}", classified, StringComparison.Ordinal), parameters);
    }
}
