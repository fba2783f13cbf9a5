using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Metrics.Rollup;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Data;

/// <summary>
/// Interim roll-up until the warehouse's own: each school's completion by phase (its own facade), summed by school,
/// district or phase kind, exactly as <see cref="IRollup"/> defines it.
/// </summary>
internal sealed class SummedRollup(ISchoolDirectory directory, Func<string, IMetrics> metrics) : IRollup
{
    public IReadOnlyList<RollupRow> Completion(Semester semester, DateTime asOf, RollupBy by)
    {
        var perSchool = directory.Schools().SelectMany(s =>
        {
            var m = metrics(s.Code);
            var kinds = m.Phases(semester).ToDictionary(p => p.Id, p => p.Kind);
            return m.Completion(new CompletionQuery(semester, asOf, Breakdown.Phase))
                .Where(r => kinds.ContainsKey(r.PhaseId))
                .Select(r => (School: s, Kind: kinds[r.PhaseId], r.Counts));
        }).ToList();
        return by switch
        {
            RollupBy.School => directory.Schools().Select(s => new RollupRow(s.Code, s.Name, s.District, null, null, 1,
                CompletionCounts.Sum(perSchool.Where(x => x.School.Code == s.Code).Select(x => x.Counts)))).ToList(),
            RollupBy.District => perSchool.GroupBy(x => x.School.District).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new RollupRow(null, null, g.Key, null, null, g.Select(x => x.School.Code).Distinct().Count(),
                    CompletionCounts.Sum(g.Select(x => x.Counts)))).ToList(),
            _ => perSchool.GroupBy(x => x.Kind).OrderBy(g => g.Key)
                .Select(g => new RollupRow(null, null, null, g.Key, g.Key.ToChinese(), g.Select(x => x.School.Code).Distinct().Count(),
                    CompletionCounts.Sum(g.Select(x => x.Counts)))).ToList(),
        };
    }
}
