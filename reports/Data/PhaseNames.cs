using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Reports.Data;

/// <summary>Short zh-TW names and counting words for phase kinds, for table cells and chart axes.</summary>
internal static class PhaseNames
{
    public static string Short(PhaseKind kind) => kind switch
    {
        PhaseKind.ArtifactUpload => "成果上傳",
        PhaseKind.Certification => "教師認證",
        PhaseKind.AchievementUpload => "多元表現上傳",
        PhaseKind.Selection => "勾選",
        PhaseKind.ReceiptConfirmation => "收訖確認",
        PhaseKind.UnitTask => "單位提交",
        PhaseKind.Counseling => "課程諮詢",
        PhaseKind.Attested => "行政辦理",
        _ => kind.ToString(),
    };

    /// <summary>What a phase's population counts: artifacts (件), tasks (項) or students (人).</summary>
    public static string CountWord(PhaseKind kind) => kind switch
    {
        PhaseKind.Certification => "件",
        PhaseKind.UnitTask => "項",
        _ => "人",
    };

    /// <summary>Phases whose population is students, so a class breakdown means something.</summary>
    public static bool IsStudentPhase(PhaseKind kind) => kind is PhaseKind.ArtifactUpload or PhaseKind.AchievementUpload
        or PhaseKind.Selection or PhaseKind.ReceiptConfirmation or PhaseKind.Counseling;

    public static string Numeral(int n) => n switch
    {
        1 => "一", 2 => "二", 3 => "三", 4 => "四", 5 => "五", 6 => "六", 7 => "七", 8 => "八", 9 => "九", 10 => "十",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
