namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>A class of the semester: its grade and 導師.</summary>
public sealed record ClassRow(string ClassCode, int? Grade, string? TutorStaffNo);

/// <summary>A 課程諮詢教師's records for a semester: how many, for how many students, how many entered by the deadline.</summary>
public sealed record CounselorRow(string StaffNo, string Name, long Records, long Students, long OnTime);

/// <summary>A 導師 of the semester and the address the follow-up lists go to.</summary>
public sealed record TutorContact(string StaffNo, string Name, string? Email);

/// <summary>
/// Whom a 導師 is responsible for on a day: the classes they lead in the semester and the students enrolled in them
/// that day (<c>Scope/*.sql</c>).
/// </summary>
public sealed record TutorScope(IReadOnlySet<string> Classes, IReadOnlySet<string> Students);
