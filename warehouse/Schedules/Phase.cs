using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Warehouse.Schedules;

/// <summary>
/// One resolved phase of a school's 作業日程表: relative windows already turned into moments.
/// </summary>
/// <param name="Id">Stable within the school's configuration, e.g. <c>111-1.artifact-upload</c>.</param>
/// <param name="Semester">The semester whose data the phase concerns (an 111.08 upload of 110-2 artifacts has 110-2).
/// Yearly data (多元表現 of 110 學年) has the year's second term, e.g. 110-2.</param>
/// <param name="Start">Inclusive. For a deadline-only phase (<paramref name="DeadlineOnly"/>): the start of the
/// semester whose schedule lists it.</param>
/// <param name="End">Inclusive deadline moment (23:59:59 of the last day for a date-only window).</param>
/// <param name="Grades">Grades targeted, as the students' grade at the window's end.</param>
/// <param name="Minimum">For uploads: items required (default 1).</param>
/// <param name="UploadPhaseId">For certification: the upload phase whose artifacts it certifies.</param>
/// <param name="Category">For unit tasks and receipts: the data category (基本資料, 修課紀錄, 課程學習成果, 多元表現, 幹部經歷).</param>
/// <param name="Checklist">The first 執行檢核表 row the phase fills, if any (all of them: <paramref name="ChecklistRefs"/>).</param>
/// <param name="DeadlineOnly">The seed gives only a deadline (「111.09.16 前」, 「休業式後 3 週」).</param>
/// <param name="Action">What the responsible people do, as the schedule words it (e.g. a unit's part of a task).</param>
/// <param name="ResponsiblePeople">The 負責人員 column as written (students, 導師, units).</param>
/// <param name="Source">Where the phase comes from: 作業日程表 or 執行檢核表 (a checklist row no schedule row covers).</param>
/// <param name="ChecklistRefs">Every 執行檢核表 row the phase fills.</param>
/// <param name="ScheduledIn">The semester whose 作業日程表 lists the phase (the one <see cref="ScheduleResolver.Resolve"/> was asked for).</param>
/// <param name="Rule">For a window relative to school events: the rule as the school file writes it
/// (「第二次期中考結束 + 1天 至 休業式 + 2週」); null for absolute dates.</param>
/// <param name="Evidence">For unit tasks: what shows the task done, as the school file states or defaults it; null (a
/// phase built by hand) = <see cref="PhaseEvidences.Default"/>. Read <see cref="CountedBy"/>.</param>
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
    ChecklistRef? Checklist = null,
    bool DeadlineOnly = false,
    string? Action = null,
    IReadOnlyList<string>? ResponsiblePeople = null,
    string Source = PhaseSources.Schedule,
    IReadOnlyList<ChecklistRef>? ChecklistRefs = null,
    Semester? ScheduledIn = null,
    string? Rule = null,
    PhaseEvidence? Evidence = null)
{
    /// <summary>What the metrics count a unit task done by: <see cref="Evidence"/> or its default.</summary>
    public PhaseEvidence CountedBy => Evidence ?? PhaseEvidences.Default(Title, Action, Category);

    public DateOnly StartDate => DateOnly.FromDateTime(Start);
    public DateOnly EndDate => DateOnly.FromDateTime(End);
}

/// <summary>A row of the 執行檢核表: grade group (e.g. 十、十一年級), section (一 … 五), item number and 工作項目.</summary>
public sealed record ChecklistRef(string GradeGroup, int Section, int Item)
{
    /// <summary>「十、十一年級 四.4」</summary>
    public override string ToString() => $"{GradeGroup} {ChecklistSections.Numeral(Section)}.{Item}";
}

public static class PhaseSources
{
    public const string Schedule = "作業日程表";
    public const string Checklist = "執行檢核表";
}
