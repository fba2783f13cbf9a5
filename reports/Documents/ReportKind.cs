namespace PortfolioAnalytics.Reports.Documents;

/// <summary>The documents <c>portfolio report</c> writes: self-check, awards, follow-up, letters.</summary>
public enum ReportKind { SelfCheck, Awards, FollowUp, Letters }

/// <summary>Json: the numbers behind a document (self-check, awards), for checking them against every other surface.</summary>
public enum ReportFormat { Pdf, Xlsx, Html, Json }

/// <summary>
/// What a document is about: one semester as of a moment (null = now), optionally one class.
/// <paramref name="LetterTemplate"/> replaces the school's parent-letter template (zh-TW text with {placeholders}).
/// The follow-up list and the letters also narrow to a grade, to students lagging in one phase, and to one risk level,
/// as the dashboard's 追蹤名單 filters do.
/// </summary>
public sealed record ReportRequest(
    Warehouse.Calendar.Semester Semester,
    DateTime? AsOf = null,
    string? ClassCode = null,
    string? LetterTemplate = null)
{
    public int? Grade { get; init; }

    public string? PhaseId { get; init; }

    public Warehouse.Metrics.RiskLevel? Level { get; init; }
}
