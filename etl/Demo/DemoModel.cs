using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>How a student meets deadlines.</summary>
internal enum Pace { Eager, Normal, Procrastinator, Disengaged }

/// <summary>How fast a teacher certifies.</summary>
internal enum CertifySpeed { Fast, Normal, Slow, VerySlow }

internal sealed record DemoStaff(
    string No, string Name, string Office, string? Section, string Title, string? Domain, CertifySpeed Speed)
{
    public bool Counselor { get; set; }
    public List<string> Deputies { get; } = [];
}

internal sealed record DemoClass(Semester Semester, string Code, int Grade, string Name, string TutorNo);

internal sealed record DemoCourse(
    Semester Semester, int Index, string Serial, string Code, string Subject, int Credits, int Grade,
    string TeacherNo, string? ClassCode, string? Group);

internal sealed class DemoStudent
{
    public required int Index { get; init; }
    public required string No { get; init; }
    public required string NationalId { get; set; }
    public required string Name { get; init; }
    public required bool Male { get; init; }
    public required int EntryYear { get; init; }
    /// <summary>Grade in the demo's 學年度 (10–12).</summary>
    public required int Grade { get; init; }
    /// <summary>Class number within the grade (1 = 101/201/301).</summary>
    public required int Section { get; init; }
    public required int Seat { get; init; }
    public required Pace Pace { get; init; }
    public required string ParentName { get; init; }
    public required string ParentPhone { get; init; }
    public required string ParentEmail { get; init; }
    public required string Address { get; init; }

    /// <summary>Enrolled from this day (轉入, 復學); null = since before the demo.</summary>
    public DateOnly? JoinedOn { get; set; }
    /// <summary>Not enrolled from this day (轉出, 休學); null = still enrolled.</summary>
    public DateOnly? LeftOn { get; set; }
    /// <summary>A 休學 student who came back (復學) on this day.</summary>
    public DateOnly? ReturnedOn { get; set; }
    public string? ChangeNote { get; set; }
    /// <summary>Uploads and selects more than the cap allows (the school should see it).</summary>
    public bool OverCap { get; set; }

    public string Status => LeftOn is null || ReturnedOn is not null ? "在學" : ChangeNote == "休學" ? "休學" : "轉出";

    public int GradeIn(Semester s, int year) => Grade - (year - s.AcademicYear);

    public bool EnrolledOn(DateOnly day) =>
        (JoinedOn is null || day >= JoinedOn) && (LeftOn is null || day < LeftOn || (ReturnedOn is { } r && day >= r));

    public bool EnrolledDuring(Semester s, int year)
    {
        if (GradeIn(s, year) < 10) return false;
        for (var d = s.StartsOn; d <= s.EndsOn; d = d.AddDays(7))
            if (EnrolledOn(d)) return true;
        return EnrolledOn(s.EndsOn);
    }

    public static string ClassCode(int grade, int section) =>
        section < 100 ? $"{grade - 9}{section:00}" : $"{grade - 9}{section:000}";
}
