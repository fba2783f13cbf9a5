using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// Completion.sql over the phases of one school or of many (the roll-up) as one statement: each phase classified with
/// its own school's parameters, so a school's rows here are exactly its own <see cref="CompletionMetrics.Completion"/>.
/// </summary>
internal static class CompletionStatement
{
    /// <summary>Per school (in the order given), its rows in its phases' order.</summary>
    public static IReadOnlyList<IReadOnlyList<CompletionRow>> Run(
        WarehouseDb db, IReadOnlyList<(CompletionMetrics Metrics, IReadOnlyList<Phase> Phases)> schools, CompletionQuery query)
    {
        var phases = schools.SelectMany((s, school) => s.Phases.Select(phase => (School: school, s.Metrics, Phase: phase))).ToList();
        var result = schools.Select(_ => new List<CompletionRow>()).ToList();
        if (phases.Count == 0) return result;
        var (sql, parameters) = MetricsSql.View("Completion.sql",
            phases.Select(x => (x.Phase.Kind, (IReadOnlyDictionary<string, object?>)x.Metrics.Parameters(x.Phase, query.AsOf))).ToList(),
            CompletionMetrics.Shared(query, schools.Count == 1 ? schools[0].Metrics.School.Code : null));
        using var connection = db.Connect();
        var found = SqlCommands.Query(connection, sql, parameters, r =>
        {
            var index = r.Int("phase_index")!.Value;
            var phase = phases[index].Phase;
            return (Index: index, Row: new CompletionRow(
                phase.Id, phase.Title, r.Int("grade"), r.Text("class_code"), r.Text("tutor_staff_no"), r.Text("tutor_name"),
                r.Text("teacher_staff_no"), r.Text("teacher_name"), r.Text("student_no"), r.Text("student_name"),
                r.Long("population"), r.Long("complete"), r.Long("late"), r.Long("missing"), r.Long("exempt")));
        });
        var next = 0;
        for (var i = 0; i < phases.Count; i++)
        {
            var rows = result[phases[i].School];
            var start = next;
            while (next < found.Count && found[next].Index == i) rows.Add(found[next++].Row);
            // A phase with nobody in its population still has its row in the per-phase picture.
            if (next == start && query.By == Breakdown.Phase)
                rows.Add(new CompletionRow(phases[i].Phase.Id, phases[i].Phase.Title, null, null, null, null, null, null, null, null, 0, 0, 0, 0, 0));
        }
        return result;
    }
}
