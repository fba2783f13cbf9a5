using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
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

    /// <summary>A phase kind's members, for one phase whose parameters are bound (<c>$school</c> …).</summary>
    public static string Members(PhaseKind kind) =>
        Load($"Kinds/{kind}.sql").Replace("{population}", Population(), StringComparison.Ordinal);

    /// <summary>The population of one phase whose parameters are bound.</summary>
    public static string Population() =>
        Load("Kinds/_population.sql").Replace("{enrolled}", Load("Kinds/_enrolled.sql"), StringComparison.Ordinal);

    /// <summary>
    /// A view (e.g. <c>Completion.sql</c>) over several phases' classified members as one statement. The phases — of one
    /// school or of many (the roll-up) — are rows of <c>$phases</c> (JSON, typed in Classify.sql), so each phase kind's
    /// members (Kinds/*.sql) are planned once, joined laterally to that kind's phases with each <c>$name</c> read from
    /// the phase's row: the plan does not grow with phases or schools. <paramref name="shared"/> binds the view's own
    /// parameters (the breakdown and filters; <c>$school</c> and <c>$asof</c> in views of one school).
    /// </summary>
    public static (string Sql, Dictionary<string, object?> Parameters) View(string file,
        IReadOnlyList<(PhaseKind Kind, IReadOnlyDictionary<string, object?> Parameters)> phases, IReadOnlyDictionary<string, object?> shared)
    {
        // The school (in a view of one school) and the moment are the same for every phase: as constants they let DuckDB
        // prune by zone maps, e.g. one school's row groups in a warehouse of many.
        string FromPhaseRow(string sql) => ParameterName().Replace(sql, m => m.Groups[1].Value switch
        {
            "school" when shared.GetValueOrDefault("school") is not null => "CAST($school AS VARCHAR)",
            "asof" => "CAST($asof AS TIMESTAMP)",
            var name => $"phase_arg.\"{name}\"",
        });
        var members = phases.Select(p => p.Kind).Distinct().Select(kind => Load("Batch/_member.sql")
            .Replace("{kind}", kind.ToString(), StringComparison.Ordinal)
            .Replace("{members}", FromPhaseRow(Load($"Kinds/{kind}.sql")
                .Replace("{population}", Load("Kinds/_population.sql"), StringComparison.Ordinal)
                .Replace("{enrolled}", Load("Batch/_enrolled.sql"), StringComparison.Ordinal)), StringComparison.Ordinal));
        var enrolled = FromPhaseRow(Load("Batch/_enrolled_keys.sql").Replace("{enrolled}", Load("Kinds/_enrolled.sql"), StringComparison.Ordinal));
        var classified = Load("Classify.sql")
            .Replace("{enrolled}", enrolled, StringComparison.Ordinal)
            .Replace("{members}", string.Join("\nUNION ALL\n", members), StringComparison.Ordinal);
        var parameters = new Dictionary<string, object?>(shared) { ["phases"] = PhaseRows(phases) };
        return (Load(file).Replace("{classified}", classified, StringComparison.Ordinal), parameters);
    }

    private static string PhaseRows(IReadOnlyList<(PhaseKind Kind, IReadOnlyDictionary<string, object?> Parameters)> phases)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            for (var i = 0; i < phases.Count; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("phase_index", i);
                foreach (var (name, value) in phases[i].Parameters)
                {
                    switch (value)
                    {
                        case null: json.WriteNull(name); break;
                        case int n: json.WriteNumber(name, n); break;
                        case string text: json.WriteString(name, text); break;
                        // As DuckDB reads a timestamp (DuckDB.NET binds a DateTime whatever its Kind, so no offset here).
                        case DateTime t: json.WriteString(name, t.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture)); break;
                        case DateOnly d: json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                        default: throw new InvalidOperationException($"phase parameter {name}: {value.GetType().Name} has no JSON form");
                    }
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
