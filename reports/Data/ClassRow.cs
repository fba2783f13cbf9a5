namespace PortfolioAnalytics.Reports.Data;

/// <summary>A class of the semester: its grade and 導師.</summary>
internal sealed record ClassRow(string ClassCode, int? Grade, string? TutorStaffNo);
