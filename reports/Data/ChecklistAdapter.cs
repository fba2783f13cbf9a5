using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Reports.Data;

/// <summary>The 執行檢核表 rows of a school's configuration, in the shape the self-check report lays out.</summary>
internal static class ChecklistAdapter
{
    /// <summary>Section titles when the configuration names none (the seed's 一 … 五).</summary>
    public static readonly IReadOnlyDictionary<int, string> DefaultSections = new Dictionary<int, string>
    {
        [1] = "行政規劃", [2] = "課程計畫", [3] = "教育訓練", [4] = "學習歷程登錄/上傳", [5] = "學校提交",
    };

    public static IReadOnlyList<ChecklistLine> From(SchoolConfig school, Semester semester) => [];
}
