namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>One student in one phase's population, with their status as of the query moment.</summary>
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
    string Missing);   // zh-TW: what is missing, e.g. 「111-1 課程學習成果 尚未上傳（至少 1 件）」
