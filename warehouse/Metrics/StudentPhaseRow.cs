namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// One member of one phase's population with its status as of the query moment: a student, or for a certification
/// phase one artifact (<see cref="ItemId"/>) of the student under its course teacher — the rows behind every count.
/// </summary>
public sealed record StudentPhaseRow(
    string PhaseId,
    string PhaseTitle,
    DateTime Deadline,
    string StudentNo,
    string StudentName,
    string MaskedNationalId,
    int Grade,
    string ClassCode,
    int? SeatNo,
    string? TutorStaffNo,
    string? TutorName,
    PhaseStatus Status,
    DateTime? DoneAt,
    string Missing,   // zh-TW: what is missing, e.g. 「111-1 課程學習成果 尚未上傳（至少 1 件）」
    string? ItemId = null,
    string? TeacherStaffNo = null,
    string? TeacherName = null,
    string? Subject = null,
    DateTime? UploadedAt = null);
