using PortfolioAnalytics.Reports.Rendering;
using PortfolioAnalytics.Reports.Views;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Reports.FollowUp;

/// <summary>Lagging students per class from the metrics' risk rows: one line per student and lagging phase.</summary>
internal static class FollowUpBuilder
{
    public const string Title = "學生學習歷程檔案 待追蹤學生名單";

    public static FollowUpModel Build(IMetrics data, ReportQuery query, DateTime generated)
    {
        var risks = LaggingStudents(data, query, includeDueSoon: true);
        var started = data.Phases(query.Semester).Where(p => p.Start <= query.AsOf).ToDictionary(p => p.Id);
        var rates = data.Completion(new CompletionQuery(query.Semester, query.AsOf, Breakdown.Class, ClassCode: query.ClassCode))
            .Where(r => r.ClassCode is not null && started.ContainsKey(r.PhaseId))
            .ToLookup(r => r.ClassCode!, r => (started[r.PhaseId].Title, r.Counts));
        var classes = risks
            .GroupBy(r => r.ClassCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FollowUpClass(g.Key, g.Select(r => r.TutorName).FirstOrDefault(n => n is not null) ?? "（未設定）",
                g.OrderBy(r => r.Lagging.Select(l => l.SeatNo).FirstOrDefault() ?? int.MaxValue)
                    .ThenBy(r => r.StudentNo, StringComparer.Ordinal)
                    .SelectMany(r => r.Lagging.Count == 0
                        ? [new FollowUpLine(r.StudentNo, r.StudentName, null, "", NoCertifiedArtifact, "—", "—", "—", r.TutorName ?? "", r.Level.ToChinese())]
                        : r.Lagging.OrderBy(l => l.Deadline).Select(l => new FollowUpLine(
                            r.StudentNo, r.StudentName, l.SeatNo, l.MaskedNationalId, l.Missing, l.PhaseTitle,
                            Text.Date(l.Deadline), l.Status.ToChinese(), r.TutorName ?? l.TutorName ?? "", r.Level.ToChinese())))
                    .ToList())
            { Rates = rates[g.Key].ToList() })
            .ToList();
        var header = new DocumentHeader(data.School.Name, Title, query.Semester.ToChinese(), Text.Moment(query.AsOf), Text.Moment(generated));
        return new FollowUpModel(header, classes);
    }

    /// <summary>What a student flagged by the 「no certified artifact this 學年」 rule lacks (no phase is overdue).</summary>
    public const string NoCertifiedArtifact = "本學年尚無通過認證的課程學習成果";

    /// <summary>
    /// Students at 提醒 or 警示 (optionally one class); with <paramref name="includeDueSoon"/> also those at 正常 with a
    /// phase about to close, so 導師 can act before it is late.
    /// </summary>
    public static IReadOnlyList<StudentRiskRow> LaggingStudents(IMetrics data, ReportQuery query, bool includeDueSoon) =>
        data.Risk(new CompletionQuery(query.Semester, query.AsOf, Breakdown.Student, query.PhaseId, query.Grade, query.ClassCode))
            .Where(r => r.Level != RiskLevel.Normal || includeDueSoon && r.Lagging.Count > 0)
            .Where(r => query.ClassCode is null || r.ClassCode == query.ClassCode)
            .Where(r => query.Grade is null || r.Grade == query.Grade)
            .Where(r => query.PhaseId is null || r.Lagging.Any(l => l.PhaseId == query.PhaseId))
            .Where(r => query.Level is null || r.Level == query.Level)
            .ToList();
}

/// <summary>The semester, moment and class a document is about, with the as-of moment resolved, and the list's filters.</summary>
internal sealed record ReportQuery(Semester Semester, DateTime AsOf, string? ClassCode)
{
    public int? Grade { get; init; }

    public string? PhaseId { get; init; }

    public RiskLevel? Level { get; init; }
}
