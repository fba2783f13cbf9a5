using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Warehouse.Schedules;

/// <summary>
/// One resolved phase of a school's 作業日程表: relative windows already turned into moments.
/// </summary>
/// <param name="Id">Stable within the school's configuration, e.g. <c>111-1.artifact-upload</c>.</param>
/// <param name="Semester">The semester whose data the phase concerns (an 111.08 upload of 110-2 artifacts has 110-2).</param>
/// <param name="Start">Inclusive.</param>
/// <param name="End">Inclusive deadline moment (23:59:59 of the last day for a date-only window).</param>
/// <param name="Grades">Grades targeted, as the students' grade at the window's end.</param>
/// <param name="Minimum">For uploads: items required (default 1).</param>
/// <param name="UploadPhaseId">For certification: the upload phase whose artifacts it certifies.</param>
/// <param name="Category">For unit tasks and receipts: the data category (基本資料, 修課紀錄, 課程學習成果, 多元表現, 幹部經歷).</param>
/// <param name="Checklist">The 執行檢核表 row the phase fills, if any.</param>
public sealed record Phase(
    string Id,
    PhaseKind Kind,
    string Title,
    Semester Semester,
    DateTime Start,
    DateTime End,
    IReadOnlyList<int> Grades,
    IReadOnlyList<string> ResponsibleUnits,
    int Minimum = 1,
    string? UploadPhaseId = null,
    string? Category = null,
    ChecklistRef? Checklist = null);

/// <summary>A row of the 執行檢核表: grade group (e.g. 十、十一年級), section (一 … 五), item number and 工作項目.</summary>
public sealed record ChecklistRef(string GradeGroup, int Section, int Item);
