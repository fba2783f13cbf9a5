using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// 正常 / 提醒 / 警示 per student from the school's risk rules: a rule is met by N or more phases overdue
/// (逾期未完成), or by having no certified (通過) artifact this 學年 once a certification deadline of the 學年 has
/// passed (before that nobody could have one). The highest level met wins; the rules met at that level are its reasons.
/// </summary>
internal sealed class RiskEvaluator(CompletionMetrics metrics)
{
    public IReadOnlyList<StudentRiskRow> Evaluate(CompletionQuery query)
    {
        // A student's own phases: a certification still waiting is the teacher's to do, not the student's.
        var rows = metrics.Students(query with { By = Breakdown.Student })
            .Where(r => r.ItemId is null).ToList();
        var rules = metrics.School.RiskRules;
        var certified = rules.Any(r => r.NoCertifiedArtifactThisYear) && CertificationDeadlinePassed(query.Semester, query.AsOf)
            ? CertifiedThisYear(query.Semester.AcademicYear, query.AsOf)
            : null;

        var result = new List<StudentRiskRow>();
        foreach (var student in rows.GroupBy(r => r.StudentNo))
        {
            var overdue = student.Count(r => r.Status == PhaseStatus.Overdue);
            var level = RiskLevel.Normal;
            var reasons = new List<(RiskLevel Level, string Text)>();
            foreach (var rule in rules)
            {
                var byOverdue = rule.OverduePhases is { } n && overdue >= n;
                var byCertified = rule.NoCertifiedArtifactThisYear && certified is not null && !certified.Contains(student.Key);
                if (!byOverdue && !byCertified) continue;
                if (rule.Level > level) level = rule.Level;
                reasons.Add((rule.Level, Reason(rule, overdue, byOverdue)));
            }
            var lagging = student.Where(r => r.Status is PhaseStatus.Overdue or PhaseStatus.DueSoon).ToList();
            if (level == RiskLevel.Normal && lagging.Count == 0) continue;
            var first = student.First();
            result.Add(new StudentRiskRow(first.StudentNo, first.StudentName, first.Grade, first.ClassCode,
                first.TutorStaffNo, first.TutorName, level, lagging) { Reasons = reasons.Where(r => r.Level == level).Select(r => r.Text).Distinct().ToList() });
        }
        return result
            .OrderByDescending(r => r.Level)
            .ThenBy(r => r.ClassCode, StringComparer.Ordinal)
            .ThenBy(r => r.StudentNo, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The rule met, in zh-TW: 「警示：逾期未完成 2 個階段（達 2 個）」.</summary>
    private static string Reason(Schools.RiskRule rule, int overdue, bool byOverdue) =>
        $"{rule.Level.ToChinese()}：" + (byOverdue
            ? $"逾期未完成 {overdue} 個階段（規則：{rule.OverduePhases} 個以上）"
            : "本學年尚無通過認證的課程學習成果（認證截止已過）");

    private bool CertificationDeadlinePassed(Semester semester, DateTime asOf) =>
        SchoolYearPhases.Of(metrics.Phases, semester)
            .Any(p => p.Kind == PhaseKind.Certification && p.Semester.AcademicYear == semester.AcademicYear && p.End < asOf);

    private HashSet<string> CertifiedThisYear(int academicYear, DateTime asOf)
    {
        using var c = metrics.Connect();
        return SqlCommands.Query(c, MetricsSql.Load("Risk/CertifiedThisYear.sql"), new Dictionary<string, object?>
        {
            ["school"] = metrics.School.Code, ["academic_year"] = academicYear, ["asof"] = asOf,
        }, r => r.Text("student_no")!).ToHashSet(StringComparer.Ordinal);
    }
}
