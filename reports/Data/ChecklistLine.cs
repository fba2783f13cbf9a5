namespace PortfolioAnalytics.Reports.Data;

/// <summary>
/// One row of the school's 執行檢核表 as the report lays it out: the grade group's table, section 一…五, item number,
/// 工作項目, 負責單位 and 完成日期 as the school wrote them, and the phases that fill it (by id; a phase may also point
/// at the row through <c>Phase.ChecklistRefs</c>).
/// </summary>
internal sealed record ChecklistLine(
    string GradeGroup,
    int Section,
    string SectionTitle,
    int Item,
    string Title,
    string Units,
    string Due,
    IReadOnlyList<string> PhaseIds);
