namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// A student's risk level for the follow-up lists, with the phases behind it (each a StudentPhaseRow) and, in
/// <see cref="Reasons"/>, the school's risk rules the student met, in zh-TW (empty for a student only lagging).
/// </summary>
public sealed record StudentRiskRow(
    string StudentNo,
    string StudentName,
    int Grade,
    string ClassCode,
    string? TutorStaffNo,
    string? TutorName,
    RiskLevel Level,
    IReadOnlyList<StudentPhaseRow> Lagging)
{
    public IReadOnlyList<string> Reasons { get; init; } = [];
}

public static class RiskLevelNames
{
    public static string ToChinese(this RiskLevel level) => level switch
    {
        RiskLevel.Normal => "正常",
        RiskLevel.Reminder => "提醒",
        RiskLevel.Warning => "警示",
        _ => level.ToString(),
    };
}
