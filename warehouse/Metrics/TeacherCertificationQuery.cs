using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// Each course teacher's 認證 work for one semester's artifacts as of a moment. An artifact's deadline is the end
/// of the certification phase for the student's grade; without such a phase every decision counts as on time.
/// </summary>
internal sealed class TeacherCertificationQuery(CompletionMetrics metrics)
{
    public IReadOnlyList<TeacherCertificationRow> Run(Semester semester, DateTime asOf)
    {
        var windows = new[] { semester, semester.Next }.SelectMany(metrics.Phases)
            .Where(p => p.Kind == PhaseKind.Certification && p.Semester == semester)
            .SelectMany(p => (p.Grades.Count == 0 ? [10, 11, 12] : p.Grades).Select(g => (Grade: g, p.End)))
            .GroupBy(w => w.Grade)
            .Select(g => $"{g.Key}={g.Max(w => w.End):yyyy-MM-dd HH:mm:ss}")
            .ToList();
        using var c = metrics.Connect();
        return SqlCommands.Query(c, MetricsSql.Load("TeacherCertifications.sql"), new Dictionary<string, object?>
        {
            ["school"] = metrics.School.Code, ["semester"] = semester.ToString(), ["asof"] = asOf,
            ["windows"] = string.Join(";", windows),
        }, r => new TeacherCertificationRow(
            r.Text("teacher_staff_no") ?? "", r.Text("teacher_name") ?? "", r.Text("unit") ?? "",
            r.Long("total"), r.Long("on_time"), r.Long("late"), r.Long("pending"), r.Double("median_days"),
            r.Int("oldest_pending_days")));
    }
}
