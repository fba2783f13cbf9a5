using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Metrics.Rollup;

/// <summary>
/// The roll-up across a warehouse's (or a lake's) schools: each school's own <see cref="CompletionMetrics.Completion"/>
/// by phase, with that school's stored configuration (its rules, its schedule), summed by school, district or phase kind;
/// all schools are asked in one statement (<see cref="CompletionStatement"/>), each phase with its own school's parameters.
/// The bureau's figures are therefore exactly the schools' own, never a second definition of complete.
/// </summary>
public sealed class SchoolRollup(WarehouseDb db, ISchoolDirectory directory) : IRollup
{
    /// <summary>How a school without a stated district is grouped.</summary>
    public const string NoDistrict = "（未填行政區）";

    public IReadOnlyList<RollupRow> Completion(Semester semester, DateTime asOf, RollupBy by)
    {
        var perSchool = PerSchool(semester, asOf);
        return by switch
        {
            RollupBy.School => perSchool
                .Select(s => new RollupRow(s.School.Code, s.School.Name, s.School.District, null, null, 1,
                    CompletionCounts.Sum(s.Phases.Select(p => p.Counts))))
                .ToList(),
            RollupBy.District => perSchool
                .GroupBy(s => s.School.District ?? NoDistrict)
                .OrderBy(g => g.Key == NoDistrict).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new RollupRow(null, null, g.Key, null, null, g.Count(),
                    CompletionCounts.Sum(g.SelectMany(s => s.Phases).Select(p => p.Counts))))
                .ToList(),
            _ => perSchool
                .SelectMany(s => s.Phases.Select(p => (s.School.Code, p.Kind, p.Counts)))
                .GroupBy(p => p.Kind)
                .OrderBy(g => KindOrder(g.Key))
                .Select(g => new RollupRow(null, null, null, g.Key, g.Key.ToChinese(), g.Select(p => p.Code).Distinct().Count(),
                    CompletionCounts.Sum(g.Select(p => p.Counts))))
                .ToList(),
        };
    }

    /// <summary>Each school (in code order) with its own per-phase counts for the semester.</summary>
    public IReadOnlyList<SchoolPhases> PerSchool(Semester semester, DateTime asOf)
    {
        var schools = directory.Schools();
        var own = schools.Select(s =>
        {
            var metrics = new CompletionMetrics(db, directory.Config(s.Code));
            return (Metrics: metrics, Phases: metrics.Phases(semester));
        }).ToList();
        // All schools in one statement: each phase carries its school's parameters, so DuckDB plans the metric SQL
        // once instead of once per school (planning, not running, was most of each school's time).
        var rows = CompletionStatement.Run(db, own, new CompletionQuery(semester, asOf, Breakdown.Phase));
        return schools.Select((school, i) =>
        {
            var kinds = own[i].Phases.ToDictionary(p => p.Id, p => p.Kind);
            return new SchoolPhases(school, rows[i].Select(r => new SchoolPhase(r.PhaseId, kinds[r.PhaseId], r.Counts)).ToList());
        }).ToList();
    }

    private static int KindOrder(PhaseKind kind) => PhaseKindNames.All.ToList().IndexOf(kind.ToChinese());
}
