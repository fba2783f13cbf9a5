namespace PortfolioAnalytics.Reports.Data;

/// <summary>A 課程諮詢教師's records for a semester: how many, for how many students, how many entered by the deadline.</summary>
internal sealed record CounselorRow(string StaffNo, string Name, long Records, long Students, long OnTime);
