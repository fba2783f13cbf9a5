using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>Turns a member's outcome into its status (未開始 … 免除) and says in zh-TW what is still missing.</summary>
internal static class StatusRules
{
    public static PhaseStatus Status(string outcome, Phase phase, DateTime asOf, int dueSoonDays) => outcome switch
    {
        "exempt" => PhaseStatus.Exempt,
        "complete" => PhaseStatus.OnTime,
        "late" => PhaseStatus.Late,
        _ when asOf > phase.End => PhaseStatus.Overdue,
        _ when asOf < phase.Start => PhaseStatus.NotStarted,
        _ when DeadlineStates.IsDueSoon(phase, asOf, dueSoonDays) => PhaseStatus.DueSoon,
        _ => PhaseStatus.InProgress,
    };

    /// <summary>Empty when nothing is missing (done, late or exempt).</summary>
    public static string Missing(PhaseStatus status, Phase phase, long itemCount, string? detail)
    {
        if (status is PhaseStatus.OnTime or PhaseStatus.Late or PhaseStatus.Exempt) return "";
        var by = $"（期限 {RocDate.Format(DateOnly.FromDateTime(phase.End))}）";
        var year = $"{phase.Semester.AcademicYear} 學年度";
        return phase.Kind switch
        {
            PhaseKind.ArtifactUpload =>
                $"{phase.Semester} 課程學習成果 尚未上傳（至少 {phase.Minimum} 件，目前 {itemCount} 件）{by}",
            PhaseKind.AchievementUpload =>
                $"{year} 多元表現 尚未上傳（至少 {phase.Minimum} 件，目前 {itemCount} 件）{by}",
            PhaseKind.Selection when detail is not null && detail.StartsWith("over_cap", StringComparison.Ordinal) =>
                OverCap(detail, year) + by,
            PhaseKind.Selection => $"{year} {phase.Category ?? "學習成果"} 尚未勾選{by}",
            PhaseKind.ReceiptConfirmation when detail == "open_error" =>
                $"{phase.Semester} 收訖明細 已提報錯誤，待註冊組處理完成{by}",
            PhaseKind.ReceiptConfirmation => $"{phase.Semester} 收訖明細 尚未確認{by}",
            PhaseKind.Counseling => $"{phase.Semester} 尚無課程諮詢紀錄{by}",
            PhaseKind.Certification => $"{phase.Semester} 課程學習成果 尚待任課教師認證{by}",
            _ => $"{phase.Title} 尚未完成{by}",
        };
    }

    private static string OverCap(string detail, string year)
    {
        // detail = over_cap_artifact:8:6 | over_cap_achievement:12:10 (kind, selected, cap; from Kinds/Selection.sql)
        var parts = detail.Split(':');
        var what = parts[0] == "over_cap_artifact" ? "課程學習成果" : "多元表現";
        var count = parts.Length > 1 ? parts[1] : "?";
        var cap = parts.Length > 2 ? parts[2] : "?";
        return $"{year} {what} 勾選 {count} 件，超過上限 {cap} 件，須取消部分勾選";
    }
}
