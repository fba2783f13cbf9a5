namespace PortfolioAnalytics.Warehouse.Schedules;

/// <summary>The five sections of the 執行檢核表 (the seed's numbering 一 … 五).</summary>
public static class ChecklistSections
{
    public static IReadOnlyList<string> Titles { get; } = ["行政規劃", "課程計畫", "教育訓練", "學習歷程登錄/上傳", "學校提交"];

    /// <summary>1 → 一</summary>
    public static string Numeral(int section) =>
        section is >= 1 and <= 10 ? "一二三四五六七八九十"[section - 1].ToString() : section.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>1 → 行政規劃</summary>
    public static string Title(int section) => section >= 1 && section <= Titles.Count ? Titles[section - 1] : "";
}
