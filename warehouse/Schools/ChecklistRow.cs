using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>
/// A row of the school's 執行檢核表 (自我檢核): the self-check report prints one per row, with 執行情形 filled from the
/// phases in <paramref name="PhaseIds"/> (completion, or an attestation for 行政/訓練 phases).
/// </summary>
/// <param name="SchoolYear">學年度 the checklist is for (111).</param>
/// <param name="GradeGroup">The checklist's grade group as titled: 十、十一年級, 十二年級.</param>
/// <param name="Section">1 … 5 (一 行政規劃 … 五 學校提交).</param>
/// <param name="Item">The item number within the section.</param>
/// <param name="Title">工作項目.</param>
/// <param name="Units">負責單位.</param>
/// <param name="DueText">完成日期 as the checklist writes it (typos corrected), one line per part, e.g. 「112.01.01~27 (上)111-1」.</param>
/// <param name="PhaseIds">The phases that fill the row, in any semester's schedule (ids are unique in the school file).</param>
public sealed record ChecklistRow(
    int SchoolYear,
    string GradeGroup,
    int Section,
    int Item,
    string Title,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> DueText,
    IReadOnlyList<string> PhaseIds)
{
    public ChecklistRef Ref => new(GradeGroup, Section, Item);

    /// <summary>行政規劃, 課程計畫, 教育訓練, 學習歷程登錄/上傳, 學校提交.</summary>
    public string SectionTitle => ChecklistSections.Title(Section);

    /// <summary>「四、學習歷程登錄/上傳」</summary>
    public string SectionHeading => $"{ChecklistSections.Numeral(Section)}、{SectionTitle}";
}
